def between(lo, x, hi):
    return lo <= x < hi
