# time.strptime: CPython's _strptime._strptime_time, which the native function imports
# when called (the program imports _strptime so that it is compiled in).
import os
import time
import _strptime

os.environ["TZ"] = "Europe/Paris"
time.tzset()

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: time.strptime("2000", "%Y"))
show(lambda: time.strptime("Mon Jan  3 10:11:12 2000"))
show(lambda: time.strptime(time.ctime(1700000000)))
show(lambda: time.strptime("2023-11-14 23:13:20", "%Y-%m-%d %H:%M:%S"))
st = time.strptime("2023-11-14 23:13:20 +0130", "%Y-%m-%d %H:%M:%S %z")
print(st, st.tm_zone, st.tm_gmtoff)
st = time.strptime("2023-07-14 CEST", "%Y-%m-%d %Z")
print(st, st.tm_zone, st.tm_gmtoff)
st = time.strptime("2023-01-14 UTC", "%Y-%m-%d %Z")
print(st, st.tm_zone, st.tm_gmtoff)
show(lambda: time.strptime("14/Nov/23 11PM", "%d/%b/%y %I%p"))
show(lambda: time.strptime("2024 60", "%Y %j"))
show(lambda: time.strptime("2024 10 3", "%Y %U %w"))
show(lambda: time.strptime("Thursday February 29 2024", "%A %B %d %Y"))
show(lambda: time.strptime("12/31/99", "%x"))
show(lambda: time.strptime("%", "%%"))
show(lambda: time.mktime(time.strptime("2024-07-01 12:00", "%Y-%m-%d %H:%M")))
show(lambda: time.strftime("%Y-%m-%d %H:%M:%S %Z", time.strptime("2024-01-01 12:00:00", "%Y-%m-%d %H:%M:%S")))

show(lambda: time.strptime("junk", "%Y"))
show(lambda: time.strptime("2000 extra", "%Y"))
show(lambda: time.strptime("2000", "%Q"))
show(lambda: time.strptime("2000", "%"))
show(lambda: time.strptime("2000", format="%Y"))
show(lambda: time.strptime())
show(lambda: time.strptime(1))
show(lambda: time.strptime("2000", 1))
show(lambda: time.strptime("2000", "%Y", 3))
