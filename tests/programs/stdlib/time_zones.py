# Time zones: localtime, mktime, ctime and the zone attributes under fixed TZ values.
import os
import time

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

stamps = (0, 951782400, 1700000000, 1719792000, 1711846799, 1711846800, 1730595600, 1730599200)
for tz in ("UTC", "Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "EST+5EDT,M3.2.0/2,M11.1.0/2", "XYZ-3:30", "<+0545>-5:45"):
    os.environ["TZ"] = tz
    time.tzset()
    print("==", tz)
    print(time.timezone, time.altzone, time.daylight, time.tzname)
    for ts in stamps:
        lt = time.localtime(ts)
        print(ts, lt, lt.tm_zone, lt.tm_gmtoff)
        print("  ", time.ctime(ts), time.asctime(lt), time.mktime(lt), time.strftime("%Y-%m-%d %H:%M:%S %Z %z", lt))
    # mktime with an unknown (-1), standard (0) and summer (1) DST flag.
    for isdst in (-1, 0, 1):
        print(isdst, time.mktime((2024, 7, 1, 12, 0, 0, 0, 0, isdst)), time.mktime((2024, 1, 1, 12, 0, 0, 0, 0, isdst)))
    # mktime normalises fields out of range.
    print(time.mktime((2024, 14, 40, 30, 70, 70, 0, 0, -1)), time.mktime((2024, 0, 0, 0, 0, 0, 0, 0, 0)))
    print(time.mktime(time.struct_time((2024, 3, 10, 2, 30, 0, 0, 0, -1))))
    print(time.strftime("%Z %z", (2024, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%Z %z", (2024, 7, 1, 0, 0, 0, 0, 1, 1)))
    print(time.strftime("%Z %z", (2024, 7, 1, 0, 0, 0, 0, 1, 7)), time.strftime("%Z %z", (2024, 7, 1, 0, 0, 0, 0, 1, -7)))

# Without tzset the zone attributes keep their values, and localtime its zone.
os.environ["TZ"] = "UTC"
time.tzset()
os.environ["TZ"] = "Europe/Paris"
print(time.timezone, time.tzname, time.localtime(0).tm_hour)
time.tzset()
print(time.timezone, time.tzname, time.localtime(0).tm_hour)
del os.environ["TZ"]
os.environ["TZ"] = "America/New_York"
time.tzset()
print(time.timezone, time.tzname, time.localtime(0).tm_hour)

# A zone and offset given in a struct_time reach strftime and mktime.
os.environ["TZ"] = "UTC"
time.tzset()
print(time.strftime("%Z %z", time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, "ABC", 5400))))
print(time.strftime("%Z %z", time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, "A\0BC", -3600))))
print(time.strftime("%Z|%z", time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0))))
print(time.mktime(time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, "ABC", 5400))))
show(lambda: time.strftime("%Z", time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, 5, 3600))))
show(lambda: time.mktime(time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, b"x", 3600))))
show(lambda: time.strftime("%z", time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, "A", "x"))))
show(lambda: time.strftime("%z", time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, "A", 2**70))))
show(lambda: time.strftime("%z", time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, "A", 1.5))))

# localtime of timestamps far away, and its errors.
for ts in (-10**12, 10**14, 10**16, 1e18, 10**17, float("nan"), 2**64, "x"):
    show(lambda: time.localtime(ts))
show(lambda: time.localtime(1, 2))
show(lambda: time.ctime(1, 2))
show(lambda: time.ctime("x"))
show(lambda: time.ctime(1e18))
show(lambda: time.ctime(-1e17))
print(time.localtime().tm_year >= 2024, time.localtime(None).tm_year >= 2024, len(time.ctime()), len(time.ctime(None)))
