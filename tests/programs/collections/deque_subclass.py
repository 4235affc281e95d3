import gc
from _collections import deque

class D(deque):
    def __init__(self, it=(), tag='x'):
        super().__init__(it)
        self.tag = tag
    def append(self, x):
        super().append(x * 10)

d = D([1, 2], tag='t')
d.append(3)
print(d, d.tag, len(d), isinstance(d, deque), type(d).__name__)
print(D.__mro__[1] is deque, deque.__name__, deque.__module__)
c = d.copy()
print(type(c).__name__, c, c == d)
print(d.__reduce__()[0] is D, d.__reduce__()[1:3])

class Bounded(deque):
    pass
b = Bounded('abcdef', 3)
print(b, b.maxlen, b + b, b * 2)

# Cycles through deques are collected.
gc.collect()
class Node:
    pass
for i in range(3):
    n = Node()
    q = deque([n])
    n.q = q
    q.append(q)
print(gc.collect() > 0)

# Recursive repr, comparisons, iteration.
r = deque([1]); r.append(r); print(r)
print(deque([1, 2]) < deque([1, 2, 0]), deque([2]) > deque([1, 9]), deque() == deque(), deque([1]) != deque([1]))
print(list(reversed(deque(range(5)))), sorted(deque([3, 1, 2])), [*deque('ab')], sum(deque(range(10))))
x, y = deque([7, 8]); print(x, y, bool(deque()), bool(deque([0])))
e = deque(range(6)); del e[2]; e[0] = 'z'; e.insert(-1, 'i'); e.rotate(-2); print(e, e.index('i'), e.count(5))
e.remove('z'); e.reverse(); print(e)
m = deque([1, 2, 3], maxlen=3); m.extendleft([9]); m.insert(0, 0) if len(m) < 3 else None; print(m)
it = iter(deque([1, 2, 3])); print(next(it), it.__length_hint__())
f = deque(); f += 'xy'; f *= 2; print(f, 3 * deque([0]))
try:
    hash(deque())
except TypeError as ex:
    print(ex)
try:
    deque().x = 1
except AttributeError as ex:
    print(ex)
dd = deque([1, 2])
for v in dd:
    dd.append(v)
