import time
from time import perf_counter, sleep

t0 = time.time()
p0 = perf_counter()
m0 = time.monotonic()
sleep(0.01)
print(time.time() >= t0, perf_counter() - p0 >= 0.01, time.monotonic() > m0)
print(type(time.time_ns()).__name__, time.time_ns() > 1_600_000_000 * 10**9)
print(type(time.perf_counter_ns()).__name__, time.process_time() >= 0)
print(time.sleep(0))
for bad in (-1, "x", float("nan")):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
