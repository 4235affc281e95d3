# _bisect: searches and insertions with lo/hi/key, on lists and other sequences.
from _bisect import bisect_left, bisect_right, insort_left, insort_right

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 3, 4, 8, 9):
    print(x, bisect_left(a, x), bisect_right(a, x))
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 2), bisect_left(a, 5, hi=3), bisect_right(a, 2, lo=4))
print(bisect_right(a, 2, 0, None), bisect_left(a, 2, 0, -1), bisect_left(a, 2, 0, -5), bisect_right(a, 9, 10))
print(bisect_left([], 1), bisect_right([], 1))
print(bisect_left((1, 3, 5), 3), bisect_right("aceg", "d"), bisect_left(range(0, 100, 3), 50))
print(bisect_left(a, 2, True), bisect_right(a, 2, False, True))

recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
key = lambda r: r[1]
print(bisect_left(recs, 3, key=key), bisect_right(recs, 3, key=key), bisect_right(recs, 3, 0, 2, key=key))
print(bisect_left(a, 2, key=None))

l = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    insort_right(l, x)
print(l)
l = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    insort_left(l, x, 0)
print(l)

# Equal items: insort_left puts the new one first, insort_right last.
l = [(1, "x"), (2, "y")]
insort_left(l, (2, "new"), key=lambda p: p[0])
insort_right(l, (1, "new"), key=lambda p: p[0])
print(l)
l = [1, 2, 3]
insort_right(l, 0, 5)
insort_left(l, 9, 1, 2)
print(l)


# The comparisons made, in CPython's order.
class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return "K(%d)" % self.v


ks = [K(i) for i in range(0, 10, 2)]
print(bisect_left(ks, K(5)))
print(bisect_right(ks, K(4)))


# A list subclass's insert() is called; any sequence with __getitem__/__len__ works.
class Loud(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)


s = Loud([1, 3])
insort_left(s, 2)
insort_right(s, 3)
print(s)


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        return i * i

    def insert(self, i, x):
        print("Seq.insert", i, x)


print(bisect_left(Seq(100), 50), bisect_right(Seq(100), 49))
insort_left(Seq(10), 10)


class Idx:
    def __index__(self):
        return 2


print(bisect_left(a, 8, Idx()), bisect_left(a, 1, 0, Idx()))
