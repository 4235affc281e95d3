# sets: keys whose __eq__/__hash__ clear or change the sets being compared, probed or
# walked (CPython's bpo-46615, bpo-8420 and issue 24581 cases): no crash, the results
# CPython gives, and "changed size during iteration" from iterators.


class Clearer:
    """Hashes to 0; its __eq__ clears the sets in `victims` on the nth comparison."""

    calls = 0
    when = 1
    victims = []

    def __init__(self, tag):
        self.tag = tag

    def __hash__(self):
        return 0

    def __eq__(self, other):
        Clearer.calls += 1
        if Clearer.calls == Clearer.when:
            for v in Clearer.victims:
                v.clear()
        return False

    def __repr__(self):
        return "C%d" % self.tag


def fresh(n, start=0):
    return {Clearer(start + i) for i in range(n)}


def run(label, make, op, which=(0,)):
    for w in (1, 3, 6):
        a, b = make()
        Clearer.calls = 0
        Clearer.when = w
        Clearer.victims = [(a, b)[i] for i in which]
        try:
            r = op(a, b)
            if isinstance(r, (set, frozenset)):
                r = sorted(r, key=repr)
            print(label, w, "->", r, len(a), len(b))
        except RuntimeError as e:
            print(label, w, "RuntimeError", e)


def pair():
    return fresh(4), fresh(3, 10)


def iadd(a, b):
    a &= b
    return a


def ior(a, b):
    a |= b
    return a


def isub(a, b):
    a -= b
    return a


def ixor(a, b):
    a ^= b
    return a


ops = [
    ("and", lambda a, b: a & b),
    ("or", lambda a, b: a | b),
    ("sub", lambda a, b: a - b),
    ("xor", lambda a, b: a ^ b),
    ("eq", lambda a, b: a == b),
    ("le", lambda a, b: a <= b),
    ("ge", lambda a, b: a >= b),
    ("iand", iadd),
    ("ior", ior),
    ("isub", isub),
    ("ixor", ixor),
    ("issubset", set.issubset),
    ("isdisjoint", set.isdisjoint),
    ("update", set.update),
    ("difference_update", set.difference_update),
    ("symmetric_difference_update", set.symmetric_difference_update),
]
for which in ((0,), (1,), (0, 1)):
    for label, op in ops:
        run(label + str(which), pair, op, which=which)

# Membership, add and discard whose comparison clears the set being probed.
for w in (1, 2):
    s = fresh(5)
    Clearer.calls, Clearer.when, Clearer.victims = 0, w, [s]
    print("in", w, Clearer(99) in s, len(s))
    s = fresh(5)
    Clearer.calls, Clearer.when, Clearer.victims = 0, w, [s]
    s.add(Clearer(98))
    print("add", w, sorted(s, key=repr))
    s = fresh(5)
    Clearer.calls, Clearer.when, Clearer.victims = 0, w, [s]
    s.discard(Clearer(97))
    print("discard", w, len(s))
    s = fresh(5)
    Clearer.calls, Clearer.when, Clearer.victims = 0, w, [s]
    try:
        s.remove(Clearer(96))
    except KeyError as e:
        print("remove KeyError", e, len(s))


# bpo-8420: set.update with keys whose __eq__ raises, and a symmetric difference
# with a dict that the comparison clears.
class BadEq:
    bad = False

    def __eq__(self, other):
        if BadEq.bad:
            1 / 0
        return self is other

    def __hash__(self):
        return 0


set1 = {BadEq()}
set2 = {BadEq() for i in range(75)}
BadEq.bad = True
try:
    set1.update(set2)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, len(set1))
BadEq.bad = False


class BadDictClear:
    bad = False

    def __eq__(self, other):
        if BadDictClear.bad:
            dict2.clear()
        return self is other

    def __hash__(self):
        return 0


set1 = {BadDictClear()}
dict2 = {BadDictClear(): None}
BadDictClear.bad = True
set1.symmetric_difference_update(dict2)
print("sdu with dict", len(set1), len(dict2))


# Merging a set whose keys' __eq__ clears it.
class X:
    def __hash__(self):
        return hash(0)

    def __eq__(self, o):
        other.clear()
        return False


other = set()
other = {X() for i in range(10)}
s = {0}
s.update(other)
print("merge and mutate", len(s), len(other))

# Issue 24581: an iterator over a set that was cleared and refilled to the same size.
s = set(range(100))
s.clear()
s.update(range(100))
si = iter(s)
s.clear()
s.update(range(100))
print("iter after refill", len(list(si)))

# Iterators notice a change of size, and keep raising.
s = set(range(10))
it = iter(s)
next(it)
s.add(100)
for i in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError", e, s)
