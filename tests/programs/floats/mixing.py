# floats: int/float mixing, true division of ints, conversions and type results
print(7 / 2, 6 / 2, -7 / 2, 1 / 4, 0 / 5, -0 / 5)
print(type(6 / 2).__name__, type(6 // 2).__name__, type(6 * 1.0).__name__)
print(1 + 2.0, 3 * 0.5, 10 - 0.25, 2 ** 0.5 * 2 ** 0.5)
print(10 ** 20 / 10 ** 10, 2 ** 100 / 2 ** 99, (2 ** 100 + 1) / 2)
print(1 / 3 + 1 / 3 + 1 / 3 == 1.0)
print(True / 2, 3 + True * 0.5)
print(int(7.9) + 0.5, float(7) / 2, float(2 ** 62) == 2 ** 62)
print(10 / 4 == 2.5, 10 // 4 == 2, 10 / 5 == 2)
print(max(1, 2.5), min(3, 2.0), max(2, 2.0), max(2.0, 2), sum([1, 2.5, 3]))
print(abs(-2.5), abs(-0.0), abs(float("-inf")))
avg = sum([3, 4, 5, 6]) / len([3, 4, 5, 6])
print("average", avg)
celsius = [-40, 0, 37, 100]
for c in celsius:
    f = c * 9 / 5 + 32
    print(c, "C =", f, "F")
n = 0
total = 0.0
while total < 3:
    n += 1
    total += 1 / n
print(n, total)
print(2.0 * 3, 2 * 3.0, 2.0 ** 2, 2 ** 2.0, 9 ** 0.5, (-8) ** 2.0)
print(1e308 * 10 == float("inf"), 10 ** 308 / 10 ** 300)
print(float(123456789012345678901234567890))
print(int(1e18), int(1.5e18), int(-9.2e18))
