# String annotations and typing's forward references: ForwardRef compiles its text when
# made (Optional['Node'] at import) and get_type_hints evaluates it.
# eval and compile at run time handle the expressions annotations are made of.
from __future__ import annotations
import typing
from typing import Optional, List, Dict, Union, Callable, Literal, get_type_hints
import dataclasses


class Node:
    value: int
    next: Optional[Node]
    children: List['Node']
    meta: Dict[str, 'typing.Any']


Tree = Dict[str, 'Tree']
print(Tree)
print(Optional['Node'])
print(get_type_hints(Node))


def f(a: 'int | None', b: 'Callable[[int, str], None]', c: "Literal[-1, 'x', b'y', 2.5, None, True]") -> 'List[Node]':
    pass


hints = get_type_hints(f)
for k in sorted(hints):
    print(k, hints[k])

r = typing.ForwardRef('Node')
print(r, r == typing.ForwardRef('Node'), r._evaluate(globals(), None, frozenset()))


@dataclasses.dataclass
class P:
    x: int
    y: 'List[int]' = dataclasses.field(default_factory=list)


print(get_type_hints(P), P(1))

for bad in ['Node(', 'List[int', '1 +', 'a b']:
    try:
        typing.ForwardRef(bad)
    except SyntaxError as e:
        print('SyntaxError', bad)

import builtins
print(builtins.eval('x.real', {'x': 5}), builtins.eval('[a, (b,)]', {'a': 1}, {'b': 2}), builtins.eval('  -x', {'x': 3}))
try:
    builtins.eval('missing', {})
except NameError as e:
    print(e)
c = builtins.compile('Dict[str, int]', '<string>', 'eval')
print(builtins.eval(c, {'Dict': Dict}))
