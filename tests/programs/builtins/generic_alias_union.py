# type hints as values: list[int] and friends (types.GenericAlias), int | None (types.UnionType), isinstance with unions
Grid = list[list[int]]
Pair = tuple[int, str]
Table = dict[str, list[float]]
MaybeInt = int | None
Number = int | float
def make(n: int) -> Grid:
    g: Grid = []
    for i in range(n):
        g.append([i] * n)
    return g
print(make(2), Grid, Pair, Table, MaybeInt, Number, tuple[int, ...], tuple[()], list[None], type[int], frozenset[str], set[bytes] if False else set[float], enumerate[int])
print(int | str, int | None, None | int, int | int, type(int | int), int | str | int, (int | str) | float, int | list[int], list[int] | None, type(int | str).__name__, (int | str).__args__, list[int].__args__, list[int].__origin__, type(list[int]).__name__)
print(type(list[int]), type(int | str), type(list[int]).__module__, repr(list[int]), str(int | None), list[int].__parameters__)
print(isinstance(1, int | str), isinstance(1.5, int | str), isinstance(None, int | None), issubclass(bool, int | str), isinstance(2.5, Number), isinstance('x', (list, int | str)))
print(int | str == str | int, hash(int | str) == hash(str | int), list[int] == list[int], list[int] == list[str], list[int] == list, list[int] != dict[int, int], hash(list[int]) == hash(list[int]))
print(list[int]([1, 2]), dict[str, int](a=1), tuple[int]((1,)), type(list[int]([1])), callable(list[int]), list[int]().__class__ if False else 0, Table())
d = {list[int]: 'alias', int | str: 'union'}
print(d[list[int]], d[str | int])
for k in range(7):
    try:
        if k == 0: isinstance([], list[int])
        if k == 1: int | 1
        if k == 2: range[int]
        if k == 3: list[int][int]
        if k == 4: 'x' | int
        if k == 5: None | None
        if k == 6: issubclass(list, list[int])
    except TypeError as e:
        print(k, e)
