# builtins: abs, min, max, sum, round, divmod, pow with ints, floats and bools
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-(2 ** 100)))
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max((1, 9)), min("b", "a"), max(1, 2.0), min(2.0, 2))
print(min([1, 2, 3], key=abs), max([-7, 3, 5], key=abs), min(["ccc", "a", "bb"], key=len))
print(max([], default=0), min([], default="none"), max([2], default=9))
print(sum([]), sum([1, 2, 3]), sum((0.5, 0.5)), sum(range(10), 100), sum([True, True]))
print(round(3.7), round(-3.7), round(3.14159, 2), round(5, 2), round(2.5), round(3.5))
print(divmod(17, 4), divmod(-17, 4), divmod(17.5, 4), divmod(2 ** 70, 3))
print(pow(2, 8), pow(2, -1), pow(2, 8, 7), pow(2.5, 2), pow(8, 1 / 3))
print(max(True, 0), min(False, -1), sum([1.5, 2], 0.25))
print(max("apple", "pear", "fig"), min("apple", "pear", "fig", key=len))
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
