# itertools objects hold references: what they refer to stays alive, and reference
# cycles through them are collected.
import gc, weakref
from itertools import cycle, chain, tee, groupby, repeat, accumulate, islice, count, zip_longest, product

class Node:
    pass

def collected(make):
    n = Node()
    holder = make(n)
    n.attr = holder
    r = weakref.ref(n)
    del n, holder
    gc.collect()
    return r() is None

print("cycle", collected(lambda n: cycle([n])))
print("chain", collected(lambda n: chain([n], [1])))
print("repeat", collected(lambda n: repeat(n)))
print("islice", collected(lambda n: islice([n, 1], 1)))
print("accumulate", collected(lambda n: accumulate([n], initial=n)))
print("zip_longest", collected(lambda n: zip_longest([1], fillvalue=n)))
print("product", collected(lambda n: product([n], [n])))

def tee_cycle(n):
    a, b = tee([n, 2, 3])
    next(a)
    return (a, b)
print("tee", collected(tee_cycle))

def group_cycle(n):
    g = groupby([n, n, 1])
    k, grp = next(g)
    return [g, grp, k]
print("groupby", collected(group_cycle))

# A generator whose frame holds the chain that drives it.
def self_ref():
    holder = []
    def gen():
        yield 1
        yield holder
    c = chain(gen())
    holder.append(c)
    return c
c = self_ref()
print(next(c), type(next(c)).__name__)
r3 = weakref.ref(Node())
del c
print(gc.collect() >= 0)

# What they hold stays alive without other references.
def make():
    n = Node()
    n.v = 42
    r = weakref.ref(n)
    return r, cycle([n])
r, c = make()
gc.collect()
print(r() is not None, next(c).v)
del c
gc.collect()
print(r() is None)

r2 = None
def make_tee():
    global r2
    n = Node()
    r2 = weakref.ref(n)
    return tee(iter([n, n]), 3)
ts = make_tee()
gc.collect()
print(r2() is not None, next(ts[0]) is next(ts[1]))
del ts
gc.collect()
print(r2() is None)

# Many short-lived iterators.
total = 0
for i in range(2000):
    total += sum(islice(chain(range(i % 7), repeat(1, 3)), 5))
print(total)
