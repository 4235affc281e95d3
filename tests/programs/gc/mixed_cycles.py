# Cycles through every kind of container, collected while the program keeps
# using the survivors; the finalizers' order within one collection is not
# specified, so the program prints sorted summaries.
import gc
import weakref

gc.disable()
log = []


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


class L(list):
    pass


class D(dict):
    pass


def make():
    a = Tracked("instance")
    a.me = a
    l = L([Tracked("in-list")])
    l.append(l)
    d = D(x=Tracked("in-dict"))
    d["d"] = d
    t = Tracked("via-tuple")
    t.t = (t, 1, "x")
    c = Tracked("closure")

    def f():
        return c, f
    c.f = f
    e = ValueError("boom")
    e.holder = Tracked("exc")
    e.holder.e = e
    s = Tracked("set")
    s.s = {frozenset([1, 2]), s}

    def g(x):
        try:
            yield x
        finally:
            log.append("gen finally")
    gen = g(Tracked("gen-arg"))
    next(gen)
    box = [gen]
    x = Tracked("gen-box")
    x.box = box
    box.append(x)


make()
print(sorted(log))
n = gc.collect()
print(n > 0, sorted(log))
print(gc.collect())

# Survivors are left alone.
keep = Tracked("keep")
keep.me = keep
inner = [keep]
inner.append(inner)
holder = [inner]
gc.collect()
print(keep.name, inner[0] is keep, inner[1] is inner, "keep" in log)

# Weak references to garbage are dead after a collection; a callback that makes
# new garbage is fine.
class Node:
    pass


dead = []
n1 = Node()
n1.self = n1
w = weakref.ref(n1, lambda r: dead.append(Node()))
del n1
gc.collect()
print(w() is None, len(dead))

# Resurrection through a global list, then collected for good later.
saved = []


class Phoenix:
    def __del__(self):
        saved.append(self)


p = Phoenix()
p.me = p
del p
gc.collect()
print(len(saved), gc.is_finalized(saved[0]))
saved.clear()
print(gc.collect() >= 1)

# Deep chains are handled without recursion limits.
head = None
for i in range(100000):
    node = [head]
    head = node
tail = head
while tail[0] is not None:
    tail = tail[0]
tail[0] = head
del head, tail, node
print(gc.collect())
