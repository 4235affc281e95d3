# dicts: lookups, insertions, deletions, updates, comparisons and copies with keys
# whose __hash__ and __eq__ answer pseudo-randomly and clear either dict now and then:
# the lookups start again when a comparison changed the dict, as CPython's do, so the
# results and sizes match it exactly. (A dict that several insertions go into is not
# cleared meanwhile: CPython 3.11 then stores non-str keys in a str-only table, whose
# hashes it later reads wrongly.)

state = 2024


def rand(n):
    """A small deterministic generator (xorshift), standing in for random.randrange."""
    global state
    state ^= (state << 13) & 0xFFFFFFFF
    state ^= state >> 17
    state ^= (state << 5) & 0xFFFFFFFF
    return state % n


def make(clear_a):
    enabled = False

    class Bad:
        def __init__(self, i):
            self.i = i

        def __eq__(self, other):
            if not enabled:
                return self is other
            if rand(25) == 0 and clear_a:
                d1.clear()
            if rand(25) == 0:
                d2.clear()
            return bool(rand(2))

        def __hash__(self):
            return rand(3)

    d1 = {Bad(i): i for i in range(rand(25))}
    d2 = {Bad(100 + i): i for i in range(rand(25))}
    probe = Bad(-1)
    enabled = True
    return d1, d2, probe


def getitem(a, b, k):
    try:
        return a[k]
    except KeyError:
        return "KeyError"


def setitem(a, b, k):
    a[k] = "new"


def delitem(a, b, k):
    try:
        del a[k]
    except KeyError:
        return "KeyError"


def ior(a, b, k):
    a |= b


def iterate(a, b, k):
    n = 0
    for key in a:
        n += key == k
    return n


# (label, operation, whether the first dict may be cleared)
ops = [
    ("in", lambda a, b, k: k in a, True),
    ("[]", getitem, True),
    ("get", lambda a, b, k: a.get(k, "default"), True),
    ("[]=", setitem, True),
    ("del", delitem, True),
    ("pop", lambda a, b, k: a.pop(k, "default"), True),
    ("setdefault", lambda a, b, k: a.setdefault(k, "dflt"), True),
    ("update", lambda a, b, k: a.update(b), False),
    ("update pairs", lambda a, b, k: a.update(list(b.items())), False),
    ("|", lambda a, b, k: len(a | b), True),
    ("|=", ior, False),
    ("==", lambda a, b, k: a == b, True),
    ("dict()", lambda a, b, k: len(dict(a)), True),
    ("copy", lambda a, b, k: len(a.copy()), True),
    ("fromkeys", lambda a, b, k: len(dict.fromkeys(a)), True),
    ("set()", lambda a, b, k: len(set(a)), True),
    ("keys &", lambda a, b, k: len(a.keys() & b.keys()), True),
    ("items in", lambda a, b, k: (k, 0) in a.items(), True),
    ("iterate", iterate, True),
]
for label, op, clear_a in ops:
    results = []
    for trial in range(10):
        a, b, k = make(clear_a)
        try:
            r = op(a, b, k)
            results.append("%s %d %d" % (r, len(a), len(b)))
        except RuntimeError as e:
            results.append("RuntimeError(%s)" % e)
    print(label, "; ".join(results))
