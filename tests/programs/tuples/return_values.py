# tuples: functions returning tuples, tuple of results and unpacking them
def min_max(values):
    lo = values[0]
    hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi

def stats(values):
    total = sum(values)
    return total, total / len(values), len(values)

lo, hi = min_max([3, -1, 7, 2])
print(lo, hi)
print(min_max([5]))
result = stats([1, 2, 3, 4])
print(result, result[1], type(result).__name__)
t, mean, n = stats([10, 20])
print(t, mean, n)
def split_name(full):
    parts = full.split()
    return parts[0], parts[-1]
first, last = split_name("Grace Brewster Hopper")
print(last + ", " + first)
def nothing():
    return
print(nothing(), (nothing(),))
