# classes: __getitem__ alone makes a class iterable and usable with in, and receives slice objects
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(self.n)
            return [k * k for k in range(start, stop, step)]
        if i < 0:
            i += self.n
        if i < 0 or i >= self.n:
            raise IndexError("square index out of range")
        return i * i

sq = Squares(6)
print(sq[0], sq[3], sq[-1])
print(sq[1:4], sq[::2], sq[::-1], sq[-2:])
print(list(sq))
print(16 in sq, 17 in sq)
print([x + 1 for x in sq])
a, b, *rest = sq
print(a, b, rest)
try:
    sq[10]
except IndexError as e:
    print("IndexError:", e)
it = iter(sq)
print(next(it), next(it), next(it))

class Spy:
    def __getitem__(self, key):
        return repr(key)
s = Spy()
print(s[1])
print(s[1:2])
print(s[::3])
print(s[1, 2])
print(s[1:2, ::-1])
print(s["k"])
print(s[...])

class Endless:
    def __getitem__(self, i):
        if i > 4:
            raise StopIteration
        return i * 10
print(list(Endless()))
