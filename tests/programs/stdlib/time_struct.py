# time.struct_time: construction, repr, fields, tuple behaviour, and gmtime.
import time

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

st = time.gmtime(1700000000)
print(st)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst)
print(st.tm_zone, st.tm_gmtoff)
print(len(st), st[0], st[-1], st[2:5], tuple(st), list(st)[:3])
y, mo, d, *rest = st
print(y, mo, d, rest)
print(isinstance(st, tuple), type(st).__name__, type(st).__module__, type(st).__qualname__)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time._STRUCT_TM_ITEMS)
print(st == tuple(st), st == time.gmtime(1700000000), st < time.gmtime(1700000001))
print(hash(st) == hash(tuple(st)))
print(st.__reduce__())
print(time.struct_time.__match_args__)
match st:
    case time.struct_time(tm_year=2023, tm_mon=m):
        print("matched month", m)

# The constructor takes a 9- to 11-sequence.
s9 = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0))
print(s9, s9.tm_zone, s9.tm_gmtoff)
s11 = time.struct_time([2000, 1, 2, 3, 4, 5, 6, 7, 0, "XYZ", 3600])
print(s11, s11.tm_zone, s11.tm_gmtoff)
s10 = time.struct_time(range(10))
print(s10, s10.tm_zone, s10.tm_gmtoff)
print(time.struct_time("abcdefghi"))
show(lambda: time.struct_time((1, 2, 3)))
show(lambda: time.struct_time(tuple(range(12))))
show(lambda: time.struct_time(5))
show(lambda: time.struct_time())
show(lambda: time.struct_time((1,) * 9, {"tm_zone": "Q"}).tm_zone)
show(lambda: time.struct_time((1,) * 9, 5))
show(lambda: st.__setattr__("tm_year", 5))
try:
    st.tm_year = 1
except AttributeError as e:
    print("AttributeError")

# gmtime of fixed timestamps, rounding down.
for ts in (0, 1, -1, 86399, 86400, 951782400, 1e9, 1.9999, -0.5, -1.5, 2**31, -2**31, 4102444800, 253402300799, 253402300800, True):
    g = time.gmtime(ts)
    print(ts, tuple(g), g.tm_zone, g.tm_gmtoff)
for ts in (-62135596800, -62135596801, 67768036191676799, -67768040609740800):
    print(ts, tuple(time.gmtime(ts)))

class Idx:
    def __index__(self):
        return 86400 * 365
print(tuple(time.gmtime(Idx())))

# Errors of the timestamp argument.
for bad in (1e18, 2.0**63, -2.0**64, 2**63, -2**63 - 1, 10**20, float("nan"), float("inf"), float("-inf"), "1", 1j, [], None.__class__, 67768036191676800, -67768040609740801):
    try:
        time.gmtime(bad)
        print(repr(bad), "ok")
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: time.gmtime(1, 2))
show(lambda: time.gmtime(secs=1))
print(time.gmtime(None).tm_year >= 2024, time.gmtime().tm_year >= 2024)
