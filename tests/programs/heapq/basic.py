# _heapq: the heap operations, with CPython's order of equal items.
from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
from _heapq import _heappop_max, _heapify_max, _heapreplace_max

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    heappush(h, x)
print(h)
print([heappop(h) for _ in range(len(h))])

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 4, 4]
heapify(data)
print(data)
print(heapreplace(data, 10), data)
print(heappushpop(data, -1), heappushpop(data, 5), data)
print(heappushpop([], 3))

# Stability: which of several equal keys comes out first follows CPython's sifts.
items = [(k % 3, i) for i, k in enumerate([5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])]


class Key:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return "%d%s" % (self.k, self.tag)


ks = [Key(k, t) for k, t in zip([2, 1, 2, 1, 0, 1, 2, 0, 0, 1], "abcdefghij")]
heapify(ks)
print(ks)
print([heappop(ks) for _ in range(len(ks))])
ks = []
for k, t in zip([1, 1, 0, 1, 0, 0, 1], "abcdefg"):
    heappush(ks, Key(k, t))
print(ks)
print(heapreplace(ks, Key(0, "z")), ks)

# Max-heap helpers.
m = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
_heapify_max(m)
print(m)
print(_heapreplace_max(m, 0), m)
print([_heappop_max(m) for _ in range(len(m))])
print(_heappop_max([7]))

# heapify of a large list (CPython's cache-friendly order) agrees with sorting.
big = [(i * 7919) % 5003 for i in range(5003)]
heapify(big)
ok = True
for i in range(len(big)):
    for c in (2 * i + 1, 2 * i + 2):
        if c < len(big) and big[c] < big[i]:
            ok = False
print(ok)
print(big[:12])
out = [heappop(big) for _ in range(len(big))]
print(out == sorted(out), out[:5], out[-3:])
big = [(i * 31) % 3001 for i in range(3001)]
_heapify_max(big)
print(big[:10])


# The comparisons made, in order.
class L:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v


h = [L(i) for i in (1, 3, 2, 5, 4)]
heappush(h, L(0))
heappop(h)
heappushpop(h, L(9))


class MyList(list):
    pass


ml = MyList([3, 2, 1])
heapify(ml)
heappush(ml, 0)
print(ml, type(ml).__name__, heappop(ml))
