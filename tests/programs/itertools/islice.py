# islice: every argument form, consumption of the underlying iterator, errors.
import sys
from itertools import islice, count

s = "ABCDEFG"
print(list(islice(s, 2)), list(islice(s, 2, 4)), list(islice(s, 2, None)), list(islice(s, 0, None, 2)))
print(list(islice(s, None)), list(islice(s, None, None, None)), list(islice(s, 1, None, 3)))
print(list(islice(s, 0)), list(islice(s, 5, 2)), list(islice(s, 100)), list(islice(s, 3, 100, 2)))
print(list(islice(range(100), 10, 20, 3)), list(islice(count(), 5, 50, 10)))
print(list(islice(s, sys.maxsize)), list(islice(s, 6, sys.maxsize, sys.maxsize)))
print(list(islice(s, True)), list(islice(s, False, True + True)))

class I:
    def __index__(self):
        return 2
print(list(islice(s, I())), list(islice(s, I(), None, I())))

it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 1, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 2)), next(it))

def gen():
    for i in range(6):
        print("produce", i)
        yield i
g = islice(gen(), 1, 5, 2)
print("made")
print(next(g))
print(next(g))
print("rest", list(g))

def failing():
    yield 1
    raise ValueError("boom")
g = islice(failing(), 5)
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(list(g))

for args in [(-1,), (1, -1), (-1, 2), (1, 2, 0), (1, 2, -1), (1, 2, "a"), (1, "a"), ("a", 1), ("a",), (1.0,),
             (2 ** 70,), (2 ** 70, 2), (1, 2 ** 70), (0, 1, 2 ** 70), (-5,), (None, -5), (1, 2, 3, 4)]:
    try:
        print(list(islice(s, *args)))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
for bad in [lambda: islice(), lambda: islice(s), lambda: islice(s, stop=3), lambda: islice(5, 3)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(type(islice(s, 1)).__name__, iter(islice(s, 1)) is not None)
