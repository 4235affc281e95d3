# _random.Random: seeding, random(), getrandbits() and the state, with CPython's numbers.
import _random

r = _random.Random(42)
print(r.random(), r.random(), r.random())
print(r.getrandbits(100))
print([r.getrandbits(k) for k in (0, 1, 2, 7, 31, 32, 33, 63, 64, 65)])
print(r.getrandbits(1000))

# Seeds of every size: negative seeds are their absolute value; 0 is one word.
for s in (0, 1, -1, 5, -5, 2**32 - 1, 2**32, 2**64 + 7, -(2**100), 10**50, True):
    q = _random.Random(s)
    print(s, q.random(), q.getrandbits(40))

# seed() restarts the sequence.
r.seed(123)
a = [r.random() for _ in range(5)]
r.seed(123)
b = [r.random() for _ in range(5)]
print(a == b, a)

# More than one block of 624 words.
r.seed(7)
for _ in range(1500):
    r.random()
print(r.random(), r.getrandbits(64))

# getstate/setstate round trip.
r.seed(2024)
st = r.getstate()
print(type(st).__name__, len(st), st[-1], st[0], st[1], st[623])
x = [r.random() for _ in range(3)]
r.setstate(st)
print(x == [r.random() for _ in range(3)])
q = _random.Random()
q.setstate(st)
print(q.getstate() == st)

# Index in the state: mid-block.
r.seed(99)
r.random()
st = r.getstate()
print(st[-1])
r.setstate(st[:-1] + (624,))
print(r.getstate()[-1], r.random())
# State words are truncated to 32 bits (PyLong_AsUnsignedLong, then a cast).
r.setstate((2**32 + 5,) + st[1:])
print(r.getstate()[0])

# Hashable non-int seeds use their hash: floats and tuples hash the same everywhere.
r.seed(1.5)
print(r.random())
r.seed(2.0)
q = _random.Random(2)
print(r.random() == q.random())
r.seed((1, 2))
print(r.random())

# None seeds from the system: two generators differ.
a, b = _random.Random(), _random.Random(None)
print(a.getrandbits(128) != b.getrandbits(128))
r.seed()
r.seed(None)
print(0.0 <= r.random() < 1.0)

print(type(r), type(r).__name__, type(r).__module__)
print(_random.Random.__doc__)
print(_random.__doc__)
print(_random.__name__)
