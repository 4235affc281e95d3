# builtins: min/max return the first of equal values; sorted is stable; reversed with ranges
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0), max(True, 1), max(1, True))
print(type(max(1, 1.0)).__name__, type(min(False, 0)).__name__)
print(sorted([1, True, 1.0, 0, False, 0.0]))
print(sorted(["bb", "a", "cc", "d"], key=len), sorted(["bb", "a", "cc", "d"], key=len, reverse=True))
print(max(["ab", "cd", "a"], key=len), min(["ab", "cd", "x"], key=len))
print(list(reversed(range(0, 20, 6))), list(reversed(range(5, -5, -3))))
print(abs(-7) == 7, abs(-7.25), abs(2 ** 63 * -1), abs(-(2 ** 62)))
print(sorted([-3, 3, -2, 2, 0], key=abs), sorted([-3, 3, -2, 2], key=abs, reverse=True))
