# sets: repr of self-containing sets and of subclasses, copy/deepcopy/pickle of sets,
# frozensets and their subclasses, __init__ re-initialising a set, keyword arguments,
# and membership of a set subclass with its own __hash__.
import copy
import pickle


class S(set):
    pass


class F(frozenset):
    pass


print(repr(S([1])), repr(F([1])), repr(S()), repr(F()), repr(set()), repr(frozenset()))


class Wrapper:
    def __repr__(self):
        return repr(self.value)


for t in (set, frozenset, S, F):
    w = Wrapper()
    s = t([w])
    w.value = s
    print(repr(s))

f = F([1, 2])
print(type(f.copy()).__name__, f.copy() is f, f.copy() == f)
g = frozenset([1, 2])
print(g.copy() is g, type(S([3]).copy()).__name__)


class H(set):
    def __hash__(self):
        return 7


h = H()
members = set()
members.add(h)
print(h in members, len(members))
members.remove(h)
members.add(h)
members.discard(h)
print(len(members))
print({1} in {frozenset({1})}, set() in {frozenset()}, {2} in {frozenset({1})})
try:
    {1}.remove({5})
except KeyError as e:
    print("KeyError", e)

for t in (set, frozenset, S, F):
    s = t([1, 2, 3])
    d = copy.deepcopy(s)
    print(type(d).__name__, sorted(d), d is s)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        p = pickle.loads(pickle.dumps(s, proto))
        assert p == s and type(p) is type(s), (proto, p)
s = S([1])
s.x = 5
for proto in (0, 2, 4):
    p = pickle.loads(pickle.dumps(s, proto))
    print(p, p.x)
print(set([1]).__reduce__(), F([2]).__reduce__()[1:])


class Tracer:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return self.value

    def __deepcopy__(self, memo=None):
        return Tracer(self.value + 1)


t = Tracer(10)
for kind in (set, frozenset):
    dup = copy.deepcopy(kind([t]))
    print([e.value for e in dup])

s = set()
s.__init__("abc")
print(sorted(s))
s.__init__("xy")
print(sorted(s))
s.__init__()
print(s)
for bad in (lambda: set().__init__(a=1), lambda: s.__init__(s, 2), lambda: s.__init__(1), lambda: S(sequence=())):
    try:
        bad()
        print("no error")
    except TypeError as e:
        print("TypeError", e)


class WithInit(set):
    def __init__(self, arg, newarg=None):
        super().__init__(arg)
        self.newarg = newarg


u = WithInit([1, 2], newarg=3)
print(type(u).__name__, sorted(u), u.newarg)


class WithNew(set):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self


u = WithNew([1, 2])
print(type(u).__name__, sorted(u), u.newarg)
try:
    WithNew([1, 2], newarg=3)
except TypeError as e:
    print("TypeError", e)

# A frozenset subclass made from a dict keeps the layout CPython gives it.
keys = dict.fromkeys([35, 193, 24, 158, 64, 136])
print(list(F(keys)), list(frozenset(keys)), list(S(keys)), list(set(keys)))
