# time.mktime: the inverse of localtime, its argument checks and its range.
import os
import time

os.environ["TZ"] = "UTC"
time.tzset()

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for ts in (0, -1, 1, 951782400, 1700000000, 253402300800, -62135596800):
    print(ts, time.mktime(time.localtime(ts)), time.mktime(tuple(time.localtime(ts))))
print(time.mktime((2000, 1, 1, 0, 0, 0, 0, 0, 0)), time.mktime((2000, 1, 1, 0, 0, 0, 6, 366, 0)))
print(time.mktime((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
print(time.mktime((2**31 - 1, 12, 31, 23, 59, 59, 0, 0, -1)), time.mktime((-2**31 + 1900, 1, 1, 0, 0, 0, 0, 0, -1)))
print(time.mktime((2000, 1, 1, 0, 0, 0, 0, 0, True)))
print(time.mktime((2000, 1, 1, 2**31 - 1, 0, 0, 0, 0, 0)))

class I:
    def __index__(self):
        return 2001
print(time.mktime((I(), 1, 1, 0, 0, 0, 0, 0, 0)))

for bad in (
    5,
    None,
    [2000, 1, 1, 0, 0, 0, 0, 0, 0],
    (1, 2, 3),
    (2000, 1, 1, 0, 0, 0, 0, 0, 0, 0),
    (2000, 1, 1, 0, 0, 0, 0, 0, "x"),
    (2000, 1, 1, 0, 0, 0, 0, 0, 1.5),
    ("2000", 1, 1, 0, 0, 0, 0, 0, 0),
    (2**40, 1, 1, 0, 0, 0, 0, 0, 0),
    (-2**40, 1, 1, 0, 0, 0, 0, 0, 0),
    (2**70, 1, 1, 0, 0, 0, 0, 0, 0),
    (-2**31, 1, 1, 0, 0, 0, 0, 0, 0),
    (-2**31 + 1899, 1, 1, 0, 0, 0, 0, 0, 0),
    (2000, 2**31 - 1, 1, 0, 0, 0, 0, 0, 0),
):
    show(lambda: time.mktime(bad))
show(lambda: time.mktime())
show(lambda: time.mktime((2000, 1, 1, 0, 0, 0, 0, 0, 0), 1))
show(lambda: time.mktime(t=(2000, 1, 1, 0, 0, 0, 0, 0, 0)))
