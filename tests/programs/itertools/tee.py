# tee: independent iterators over one, sharing what has been read; __copy__,
# tee of a tee, n, laziness and errors.
from itertools import tee, islice, count

a, b = tee([1, 2, 3])
print(list(a), list(b), list(a))
a, b, c = tee("abcd", 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), len(tee([1], 1)), type(tee("x")[0]).__name__)

def gen():
    for i in range(4):
        print("read", i)
        yield i
a, b = tee(gen())
print("made")
print(next(a), next(a))
print(next(b), next(b), next(b))
print(list(a), list(b))

# Long runs cross the 57-item chunks.
a, b = tee(range(200))
print(sum(a), sum(b))
a, b = tee(count())
print(list(islice(a, 100, 103)), list(islice(b, 3)), next(b), next(a))

# Copies share the position.
a, b = tee(iter(range(5)))
next(a)
c = a.__copy__()
d = c.__copy__()
print(list(a), list(c), list(d), list(b))

# tee of a tee returns the tee itself first.
a, b = tee("xyz")
c, d = tee(a)
print(c is a, d is a, list(c), list(d), list(b))

it = iter([1, 2, 3])
a, b = tee(it)
print(next(a), next(it), list(b), list(a))

def failing():
    yield 1
    raise KeyError("k")
a, b = tee(failing())
print(next(a), next(b))
try:
    next(a)
except KeyError as e:
    print(type(e).__name__, e)
print(next(b, "end"), list(a))

for bad in [lambda: tee(), lambda: tee([1], -1), lambda: tee([1], "a"), lambda: tee([1], n=2), lambda: tee(1),
            lambda: tee([1], 2, 3), lambda: tee(5, 0)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a, b = tee([[1]])
x, y = next(a), next(b)
print(x is y, iter(a) is a)
