# A Python class derived from _random.Random, as random.py's Random is: its own
# __init__ and attributes, seed() overridden with super().seed(), and a few of
# random.py's methods re-implemented on getrandbits()/random(). The numbers are
# CPython's random.Random(42) results.
import _random

BPF = 53
RECIP_BPF = 2 ** -BPF


class Random(_random.Random):
    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        if isinstance(a, (str, bytes, bytearray)):
            a = int.from_bytes(a.encode() if isinstance(a, str) else a, "big")
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        version, internalstate, self.gauss_next = state
        super().setstate(internalstate)

    def _randbelow(self, n):
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=1):
        if stop is None:
            return self._randbelow(start)
        width = stop - start
        if step == 1:
            return start + self._randbelow(width)
        n = (width + step - 1) // step
        return start + step * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def uniform(self, a, b):
        return a + (b - a) * self.random()


r = Random(42)
print(r.gauss_next, r.VERSION)
print(r.random())
print([r.randrange(10) for _ in range(10)])
print([r.randint(1, 6) for _ in range(10)])
print(r.randrange(0, 100, 7), r.randrange(10**30))
print(r.choice("abcdefg"), r.uniform(2.5, 10.0))
deck = list(range(20))
r.shuffle(deck)
print(deck)

r.seed(42)
print(r.random(), r.randrange(1000))
r.seed("hello")
print(r.random())

state = r.getstate()
print(state[0], len(state[1]), state[2])
a = [r.randrange(1000) for _ in range(5)]
r.setstate(state)
print(a == [r.randrange(1000) for _ in range(5)])

# Attributes live beside the native state.
r.extra = [1, 2]
r.gauss_next = 0.5
print(r.extra, r.gauss_next, sorted(vars(r)))
print(isinstance(r, _random.Random), type(r).__mro__[1] is _random.Random)


# A subclass without __init__ inherits the native one (seeding, no keywords).
class Plain(_random.Random):
    pass


p = Plain(42)
print(p.random())
try:
    Plain(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain(1, 2)
except TypeError as e:
    print("TypeError:", e)


# An __init__ that does not seed leaves CPython's all-zero state.
class Lazy(_random.Random):
    def __init__(self, a, b):
        self.total = a + b


z = Lazy(1, 2)
print(z.total, z.random(), z.getstate()[-1], z.getstate()[0])
_random.Random.__init__(z, 42)
print(z.random())
super(Lazy, z).__init__(7)
print(z.random() == _random.Random(7).random())


# Overriding random() does not change getrandbits(); unbound calls work too.
class Half(_random.Random):
    def random(self):
        return super().random() / 2


h = Half(42)
print(h.random(), _random.Random.random(h), h.getrandbits(8))
print(_random.Random.getrandbits(Random(42), 100))
