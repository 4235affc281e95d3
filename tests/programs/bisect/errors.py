# _bisect: CPython's errors and messages.
import _bisect as b


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: b.bisect_right([1, 2], 1, -1))
t(lambda: b.insort_left([1, 2], 1, -3))
t(lambda: b.bisect_right([1, 2], 1, 1.0))
t(lambda: b.bisect_right([1, 2], 1, None))
t(lambda: b.bisect_right([1, 2], 1, 2**70))
t(lambda: b.bisect_right([1, 2], 1, 0, 1.0))
t(lambda: b.bisect_right([1, 2], 1, 0, "x"))
t(lambda: b.bisect_right([1, 2], 1, 0, 2**70))
t(lambda: b.bisect_right([1, 2], 1, 0, 5))
t(lambda: b.bisect_right(5, 1))
t(lambda: b.bisect_right({1: 2}, 1))
t(lambda: b.bisect_right({1: 2}, 1, 0, 1))
t(lambda: b.bisect_right(5, 1, 0, 1))
t(lambda: b.bisect_left({1, 2}, 1))
t(lambda: b.bisect_right([1, 2]))
t(lambda: b.bisect_right())
t(lambda: b.bisect_right([1], 1, 0, 1, 3))
t(lambda: b.bisect_right([1], 1, 0, 1, key=3))
t(lambda: b.bisect_right([1], 1, foo=3))
t(lambda: b.bisect_right([1], 1, lo=0, a=3))
t(lambda: b.bisect_right(a=[1], x=1))
t(lambda: b.bisect_left([1], 1, 0, 1, key=None, hi=3))
t(lambda: b.insort_left(5, 1))
t(lambda: b.insort_left((1, 2), 1))
t(lambda: b.insort_right((1, 2), 1, key=abs))
t(lambda: b.bisect_left([1, "a"], 2))
t(lambda: b.insort_right([1, 2], 2, key=len))
b.bisect_left([1, 2, 3], 2, -2)
