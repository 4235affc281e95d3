# closures: nonlocal rebinding, several closures sharing one cell
def make_counter(start=0, step=1):
    count = start
    def incr():
        nonlocal count
        count += step
        return count
    def decr():
        nonlocal count
        count -= step
        return count
    def peek():
        return count
    def reset(value=start):
        nonlocal count
        old = count
        count = value
        return old
    return incr, decr, peek, reset

inc, dec, peek, reset = make_counter()
print(inc(), inc(), inc(), peek())
print(dec(), peek())
print(reset(), peek())
print(inc(), reset(100), inc(), dec(), dec())

inc2, dec2, peek2, _ = make_counter(10, 5)
print(inc2(), inc2(), dec2(), peek2(), peek())

def running_stats():
    total = 0
    n = 0
    lo = None
    hi = None
    def add(x):
        nonlocal total, n, lo, hi
        total += x
        n += 1
        if lo is None or x < lo:
            lo = x
        if hi is None or x > hi:
            hi = x
        return (n, total, lo, hi, total / n)
    return add

stats = running_stats()
for v in [5, 3, 9, -2, 7]:
    print(stats(v))

def toggler():
    state = False
    def flip():
        nonlocal state
        state = not state
        return state
    return flip

t = toggler()
print([t() for _ in range(5)])
