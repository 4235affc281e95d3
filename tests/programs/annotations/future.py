# from __future__ import annotations: every annotation is its unparsed text.
from __future__ import annotations
import typing
x: list[int] = []
y: dict[str, tuple[int, ...]]
z: int | None
w: typing.Optional["Foo"]
def f(a: Callable[[int, str], bool], *args: int, b: "str" = "", **kw: float) -> tuple[int, str]: pass
print(__annotations__)
print(f.__annotations__)
class C:
    a: C
    b: list[C] = []
    c: (int, str)
    d: Literal['a', "b'c"]
    e: 1 + 2 * 3 - (4 - 5)
    f: -x ** 2
    g: a if b else c
    h: lambda: 1
    i: not a and b or c
    j: a < b <= c
    k: x[1:2, ::3]
    l: {"k": v, **rest}
    m: f(x, *y, k=1, **z)
print(C.__annotations__)
print(typing.get_type_hints(C.__init__))

