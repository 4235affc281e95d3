# time.strftime and time.asctime: the C library's formatting, CPython's checks of
# the tuple's fields, and the errors of the arguments.
import os
import time

os.environ["TZ"] = "UTC"
time.tzset()

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t = (2024, 2, 29, 13, 5, 9, 3, 60, 0)
for d in "aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%":
    print(d, repr(time.strftime("%" + d, t)))
print(time.strftime("%Y-%m-%dT%H:%M:%S", t))
print(time.strftime("%E %O %Q %5Y %-d %_m %^a %#b %Ey %Od", t))
print(repr(time.strftime("%", t)), repr(time.strftime("", t)), repr(time.strftime("plain", t)))
print(time.strftime("é%Y€ 😀 ☃", t))
print(len(time.strftime("%Y" * 1000, t)), len(time.strftime("%c" * 300, t)))
st = time.gmtime(1700000000)
print(time.strftime("%c %Z %z", st))
print(time.strftime("%s", time.gmtime(0)))

# Fields of 0 stand for the first month, day and day of the year.
print(time.strftime("%Y %m %d %j", (2000, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%a %w", (2000, 1, 1, 0, 0, 0, -1, 1, 0)), time.strftime("%a %w", (2000, 1, 1, 0, 0, 0, 13, 1, 0)))
print(time.strftime("%S", (2000, 1, 1, 0, 0, 61, 0, 1, 0)))
print(time.strftime("%Y", (-2**31 + 1900, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%Y", (2**31 - 1, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%Y|%y|%C", (-5, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%Y|%y|%C", (12345, 1, 1, 0, 0, 0, 0, 1, 0)))

class T(tuple):
    pass
print(time.strftime("%Y-%m-%d", T((1999, 12, 31, 0, 0, 0, 0, 1, 0))))

for bad in (
    (2000, 13, 1, 0, 0, 0, 0, 1, 0),
    (2000, -1, 1, 0, 0, 0, 0, 1, 0),
    (2000, 1, 32, 0, 0, 0, 0, 1, 0),
    (2000, 1, -1, 0, 0, 0, 0, 1, 0),
    (2000, 1, 1, 24, 0, 0, 0, 1, 0),
    (2000, 1, 1, -1, 0, 0, 0, 1, 0),
    (2000, 1, 1, 0, 60, 0, 0, 1, 0),
    (2000, 1, 1, 0, 0, 62, 0, 1, 0),
    (2000, 1, 1, 0, 0, -1, 0, 1, 0),
    (2000, 1, 1, 0, 0, 0, -2, 1, 0),
    (2000, 1, 1, 0, 0, 0, 0, 367, 0),
    (2000, 1, 1, 0, 0, 0, 0, -1, 0),
    (-2**31 + 1899, 1, 1, 0, 0, 0, 0, 1, 0),
    (2**31, 1, 1, 0, 0, 0, 0, 1, 0),
    (2**64, 1, 1, 0, 0, 0, 0, 1, 0),
    (2000, 1, 1, 0, 0, 0, 0, 1, 1.5),
    (2000, 1, 1, 0, 0, 0, 0, 1, "0"),
    (2000, 1, 1, 0, 0, 0, 0, 1),
    (2000, 1, 1, 0, 0, 0, 0, 1, 0, 0),
    [2000, 1, 1, 0, 0, 0, 0, 1, 0],
    "abcdefghi",
    None,
):
    show(lambda: time.strftime("%Y", bad))
    show(lambda: time.asctime(bad))

show(lambda: time.strftime(b"%Y"))
show(lambda: time.strftime(5, t))
show(lambda: time.strftime())
show(lambda: time.strftime("%Y", t, 1))
show(lambda: time.strftime(format="%Y"))
show(lambda: time.strftime("a\0b", t))
print(len(time.strftime("%Y")) == 4)

# asctime and ctime.
print(time.asctime(t), time.asctime(st), time.asctime((2000, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime((-5, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((12345, 12, 31, 23, 59, 61, 6, 366, 0)))
print(time.asctime((2000, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.ctime(0), time.ctime(1e9), time.ctime(-1.5), time.ctime(253402300800))
show(lambda: time.asctime(t, 1))
show(lambda: time.asctime(t=t))
print(len(time.asctime()) >= 24)
