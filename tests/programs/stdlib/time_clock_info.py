# The clocks of time: get_clock_info, clock_gettime/clock_getres on every clock, the
# CLOCK_* constants, pthread_getcpuclockid, and the argument errors of each.
import threading
import time

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    info = time.get_clock_info(name)
    print(name, info)
    print(type(info).__name__, info.implementation, info.monotonic, info.adjustable, info.resolution)
show(lambda: time.get_clock_info("x"))
show(lambda: time.get_clock_info(1))
show(lambda: time.get_clock_info())
show(lambda: time.get_clock_info("time", 1))
show(lambda: time.get_clock_info(name="time"))
show(lambda: time.get_clock_info("a\0b"))

consts = sorted(n for n in dir(time) if n.startswith("CLOCK_"))
print([(n, getattr(time, n)) for n in consts])
for n in consts:
    c = getattr(time, n)
    t = time.clock_gettime(c)
    ns = time.clock_gettime_ns(c)
    print(n, type(t).__name__, type(ns).__name__, t >= 0, ns >= 0, time.clock_getres(c))
a = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
b = time.monotonic_ns()
c = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
print(a <= b <= c)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5)

for f in (time.clock_gettime, time.clock_gettime_ns, time.clock_getres):
    show(lambda: f(99))
    show(lambda: f(-1))
    show(lambda: f("x"))
    show(lambda: f(1.5))
    show(lambda: f(2**40))
    show(lambda: f())
    show(lambda: f(1, 2))
    show(lambda: f(clk_id=1))
show(lambda: time.clock_settime(99, 0))
show(lambda: time.clock_settime(time.CLOCK_MONOTONIC, 0))
show(lambda: time.clock_settime(time.CLOCK_MONOTONIC, 1.5))
show(lambda: time.clock_settime(time.CLOCK_MONOTONIC, "x"))
show(lambda: time.clock_settime(time.CLOCK_MONOTONIC, float("nan")))
show(lambda: time.clock_settime(time.CLOCK_MONOTONIC, 1e300))
show(lambda: time.clock_settime(time.CLOCK_MONOTONIC, 2**70))
show(lambda: time.clock_settime(time.CLOCK_MONOTONIC))
show(lambda: time.clock_settime_ns(99, 0))
show(lambda: time.clock_settime_ns(time.CLOCK_MONOTONIC, 0))
show(lambda: time.clock_settime_ns(time.CLOCK_MONOTONIC, 1.5))
show(lambda: time.clock_settime_ns(time.CLOCK_MONOTONIC, "x"))
show(lambda: time.clock_settime_ns(time.CLOCK_MONOTONIC, 2**70))
show(lambda: time.clock_settime_ns(time.CLOCK_MONOTONIC))

# The CPU clock of this thread.
clk = time.pthread_getcpuclockid(threading.get_ident())
print(type(clk).__name__, time.clock_gettime(clk) >= 0, time.clock_getres(clk))
show(lambda: time.pthread_getcpuclockid())
show(lambda: time.pthread_getcpuclockid("x"))
show(lambda: time.pthread_getcpuclockid(1.5))
show(lambda: time.pthread_getcpuclockid(1, 2))

# The clocks without arguments.
for f in (time.time, time.time_ns, time.monotonic, time.monotonic_ns, time.perf_counter, time.perf_counter_ns,
          time.process_time, time.process_time_ns, time.thread_time, time.thread_time_ns):
    r = f()
    print(f.__name__, type(r).__name__, r >= 0)
    show(lambda: f(1))
    show(lambda: f(x=1))
t0 = time.thread_time_ns()
sum(range(100000))
print(time.thread_time_ns() >= t0, time.process_time_ns() >= t0 - 10**9)

# sleep converts its argument as CPython's _PyTime_t.
for bad in (-1, -0.5, -1e-10, "x", float("nan"), 1e300, float("inf"), 2**70, 10**10, None, [1]):
    show(lambda: time.sleep(bad))
show(lambda: time.sleep())
show(lambda: time.sleep(1, 2))
show(lambda: time.sleep(secs=1))
class Z:
    def __index__(self):
        return 0
print(time.sleep(0), time.sleep(0.0), time.sleep(-0.0), time.sleep(False), time.sleep(Z()), time.sleep(1e-10))
