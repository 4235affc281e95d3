# _random.Random: CPython's errors and messages.
import _random


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


r = _random.Random(42)
t(lambda: _random.Random(1, 2))
t(lambda: _random.Random(x=1))
t(lambda: r.seed(1, 2))
t(lambda: r.seed(x=1))
t(lambda: r.seed([1]))
t(lambda: r.seed({}))
t(lambda: r.getrandbits(-1))
t(lambda: r.getrandbits(1.0))
t(lambda: r.getrandbits("3"))
t(lambda: r.getrandbits(2**40))
t(lambda: r.getrandbits(-(2**40)))
t(lambda: r.getrandbits())
t(lambda: r.getrandbits(1, 2))
t(lambda: r.getrandbits(k=3))
t(lambda: r.random(1))
t(lambda: r.random(x=1))
t(lambda: r.getstate(1))
t(lambda: r.setstate())
t(lambda: r.setstate(1))
t(lambda: r.setstate([0] * 625))
t(lambda: r.setstate((1, 2)))
s = r.getstate()
t(lambda: r.setstate(s + (1,)))
t(lambda: r.setstate(s[:-1] + (625,)))
t(lambda: r.setstate(s[:-1] + (-1,)))
t(lambda: r.setstate((-1,) + s[1:]))
t(lambda: r.setstate((2**64,) + s[1:]))
t(lambda: r.setstate(("a",) + s[1:]))
t(lambda: r.setstate((1.0,) + s[1:]))
t(lambda: r.setstate(s[:-1] + (2**70,)))
t(lambda: r.setstate(s[:-1] + ("x",)))
t(lambda: r.setstate(s[:-1] + (1.0,)))
# A failed setstate leaves the generator as it was.
print(r.getstate() == s)
t(lambda: _random.Random.random(5))
t(lambda: _random.Random.seed("x", 1))
t(lambda: r.nosuch)
r.getrandbits(-5)
