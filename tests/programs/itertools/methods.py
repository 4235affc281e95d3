# Methods and attributes of the itertools types: __next__, __iter__, __copy__,
# __length_hint__, type names, isinstance, re-entering a tee.
import itertools as I

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

c = I.count()
print(c.__next__(), c.__iter__() is c, next(iter(c)), repr(c))
n = c.__next__
print(n(), n())
t(lambda: I.islice("", 1).__next__())
t(lambda: I.count().__next__(1))
t(lambda: I.count().__next__(x=1))
t(lambda: I.count().__iter__(1))
t(lambda: I.repeat(1, 3).__length_hint__())
t(lambda: I.repeat(1).__length_hint__())
t(lambda: I.repeat(1, 3).__length_hint__(1))
t(lambda: I._tee([1, 2]).__copy__(1))
t(lambda: list(I._tee([1, 2])))
t(lambda: I.count().__copy__())
print(isinstance(I.count(), I.count), isinstance(I.chain(), I.islice), issubclass(I.chain, object))
print(I.chain.__name__, I.chain.__module__, I.chain.__qualname__, I.combinations_with_replacement.__name__)
print(type(I.count()) is I.count, type(I.groupby("a")).__name__, I.count, I.zip_longest)
print([type(x).__name__ for x in (I.tee("a")[0], next(I.groupby("a"))[1])])

def reenter():
    yield 1
    yield next(tb)
ta, tb = I.tee(reenter())
t(lambda: list(ta))

x = I.count(0.1, 0.1)
print([next(x) for _ in range(11)])
print(repr(I.count(-1)), repr(I.count(0, -1)), repr(I.count(0, 2 ** 64)))
print(list(I.islice(I.count(2 ** 63 - 2), 4)))
print(repr(I.repeat(I.repeat(1, 2), 1)), repr(I.repeat(I.count(3))))
t(lambda: list(I.repeat(1, -2 ** 70)))
l = []
r = I.repeat(l)
l.append(r)
print(repr(r)[:24])
print(list(I.starmap(lambda *a, **k: (a, k), [{"x": 1}])))
print(sorted(I.combinations_with_replacement(range(3), 2), reverse=True))
