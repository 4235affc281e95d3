# count and repeat: values, steps of every numeric type, reprs as they advance.
from itertools import count, repeat, islice

c = count()
print(repr(c), next(c), next(c), repr(c))
print(list(islice(count(5), 4)), repr(count(5)))
print(list(islice(count(10, -3), 5)))
print(list(islice(count(1.5), 3)), repr(count(1.5)))
print(list(islice(count(0, 0.25), 5)), repr(count(0, 0.25)))
print(list(islice(count(1, 1.0), 3)), repr(count(1, 1.0)))
print(repr(count(1, True)), list(islice(count(True), 3)))
print(repr(count(True, 2)), list(islice(count(True, 2), 3)))
print(list(islice(count(1j, 1 + 1j), 3)), repr(count(1j)))
big = count(2 ** 70)
print(repr(big), next(big), next(big), repr(big))
c = count(2 ** 63 - 2)
print(next(c), next(c), next(c), repr(c))
print(repr(count(-5, 2 ** 64)), list(islice(count(-5, 2 ** 64), 2)))
print(repr(count(start=3, step=-1)), repr(count(step=2)))
print(type(count()), count.__name__, count.__module__, iter(c) is c)

r = repeat("ab", 3)
print(repr(r), next(r), repr(r), list(r), repr(r), list(r))
print(list(repeat(None, 0)), list(repeat(1, -5)), repr(repeat(1, -5)))
print(repr(repeat([1, 2])), list(islice(repeat([1]), 3)))
print(repr(repeat(object="x", times=2)), list(repeat(times=2, object=7)))
print(repeat(1, 4).__length_hint__())
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print(type(e).__name__, e)
x = [0]
rep = repeat(x, 2)
a, b = rep
print(a is x, b is x)
print(list(zip(count(), "abc")), dict(zip("xyz", repeat(0))))
print([n for n in islice(count(3, 3), 4)], *islice(count(), 3))
print(sum(islice(count(), 1000)))

class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))
    def __repr__(self):
        return f"Num({self.v})"

c = count(Num(1), Num(10))
print(repr(c), next(c), next(c), repr(c))
print(list(repeat("z", Num(2))))
