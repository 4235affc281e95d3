# sets: the set algebra, comparisons and in-place operators with keys whose __hash__
# and __eq__ answer pseudo-randomly and clear either operand now and then (CPython's
# TestOperationsMutating, made deterministic): every comparison and hash CPython makes,
# in its order, so the results and sizes match it exactly.

state = 12345


def rand(n):
    """A small deterministic generator (xorshift), standing in for random.randrange."""
    global state
    state ^= (state << 13) & 0xFFFFFFFF
    state ^= state >> 17
    state ^= (state << 5) & 0xFFFFFFFF
    return state % n


class SetSubclass(set):
    pass


def make(c1, c2):
    enabled = False

    class Bad:
        def __eq__(self, other):
            if not enabled:
                return False
            if rand(20) == 0:
                set1.clear()
            if rand(20) == 0:
                set2.clear()
            return bool(rand(2))

        def __hash__(self):
            return rand(2)

    set1 = c1(Bad() for _ in range(rand(30)))
    set2 = c2(Bad() for _ in range(rand(30)))
    enabled = True
    return set1, set2


def iand(a, b):
    a &= b


def ior(a, b):
    a |= b


def isub(a, b):
    a -= b


def ixor(a, b):
    a ^= b


binary = [
    ("==", lambda a, b: a == b),
    ("!=", lambda a, b: a != b),
    ("<", lambda a, b: a < b),
    ("<=", lambda a, b: a <= b),
    (">", lambda a, b: a > b),
    (">=", lambda a, b: a >= b),
    ("&", lambda a, b: a & b),
    ("|", lambda a, b: a | b),
    ("-", lambda a, b: a - b),
    ("^", lambda a, b: a ^ b),
    ("&=", iand),
    ("|=", ior),
    ("-=", isub),
    ("^=", ixor),
]
methods = [
    (f.__name__, f)
    for f in (
        set.issubset,
        set.issuperset,
        set.intersection,
        set.union,
        set.difference,
        set.symmetric_difference,
        set.isdisjoint,
        set.difference_update,
        set.intersection_update,
        set.symmetric_difference_update,
        set.update,
    )
]


def describe(r):
    if isinstance(r, (set, frozenset)):
        return "%s of %d" % (type(r).__name__, len(r))
    return r


pairs = [
    ("set/set", set, set, binary + methods),
    ("sub/set", SetSubclass, set, binary + methods),
    ("set/sub", set, SetSubclass, binary),
    ("set/dict", set, dict.fromkeys, methods),
    ("set/list", set, list, methods),
]
for name, c1, c2, ops in pairs:
    for label, op in ops:
        results = []
        for trial in range(8):
            a, b = make(c1, c2)
            try:
                r = describe(op(a, b))
                results.append("%s %d %d" % (r, len(a), len(b)))
            except RuntimeError as e:
                results.append("RuntimeError(%s)" % e)
        print(name, label, "; ".join(results))
