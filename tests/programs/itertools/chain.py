# chain and chain.from_iterable: laziness, exhaustion, errors from the sources.
from itertools import chain

print(list(chain()), list(chain([1, 2], (3,), "ab", {4: 5}, range(2))))
print(list(chain.from_iterable(["ab", [1, 2], ()])))
print(list(chain.from_iterable(str(i) for i in range(12))))

def source():
    print("yield first")
    yield [1, 2]
    print("yield second")
    yield [3]
    print("source done")

c = chain.from_iterable(source())
print("made")
for x in c:
    print("got", x)
print(list(c))

c = chain([1], 5, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
print(list(c))

def bad():
    yield 1
    raise ValueError("inner")

c = chain(bad(), [9])
print(next(c))
try:
    next(c)
except ValueError as e:
    print(type(e).__name__, e)
print(list(c))
try:
    chain.from_iterable(3)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(chain.from_iterable([]), chain), type(chain()).__name__)
a, *b = chain("xy", "z")
print(a, b)
print([x * 2 for x in chain(range(3), range(10, 12))])
print(sorted(chain({3, 1}, {2})), "".join(chain("ab", "cd")))
print(set(chain.from_iterable([[1, 2], [2, 3]])))
it = iter([1, 2])
c = chain(it, it)
print(list(c))
