# zip_longest and pairwise.
from itertools import zip_longest, pairwise, count, islice

print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest("AB", [1, 2, 3, 4])), list(zip_longest()), list(zip_longest([])))
print(list(zip_longest("ab")), list(zip_longest([], [], fillvalue=1)))
print(list(zip_longest(range(3), "a", [None, 5], fillvalue=0)))
print(list(islice(zip_longest(count(), "ab"), 4)))

def gen(name, n):
    for i in range(n):
        print("next", name, i)
        yield i
    print("end", name)
z = zip_longest(gen("a", 1), gen("b", 2))
print("made")
print(list(z))
print(list(z))

def failing():
    yield 1
    raise ValueError("bad")
z = zip_longest(failing(), "abc")
print(next(z))
try:
    next(z)
except ValueError as e:
    print(type(e).__name__, e)
print(list(z))

for bad in [lambda: zip_longest(1), lambda: zip_longest([1], x=1), lambda: zip_longest([1], fillvalue=1, x=1)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])), list(pairwise("ab")))
print(list(pairwise(range(5))), [a + b for a, b in pairwise([1, 10, 100])])
p = pairwise(gen("p", 3))
print("made")
print(next(p))
print(list(p), list(p))
p = pairwise(failing())
try:
    next(p)
except ValueError as e:
    print(type(e).__name__, e)
print(list(p))
for bad in [lambda: pairwise(), lambda: pairwise(1), lambda: pairwise(iterable=[]), lambda: pairwise([], [])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
