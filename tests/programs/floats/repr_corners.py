# floats: shortest repr of tricky values, exponents, signed zero, inf and nan
print(0.1 + 0.2, 0.1 + 0.7, 1.1 * 3, 0.3 - 0.1)
print(1e16, 1e15, 123456789012345678.0, 1e-05, 1e-4, 0.0001, 0.00001234)
print(-0.0, 0.0, 0.0 == -0.0, repr(-0.0), str(-0.0))
print(1e22, 1e21, 1e23, 1.5e300, 1.7976931348623157e308)
print(5e-324, 2.2250738585072014e-308, 1e-310)
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(1.0, 2.5, 100.0, 1e2, 3.14159, 2.0 / 3.0)
print(repr(1.0), repr(0.1), str(0.1), repr(1e100))
print(1 / 3, 2 / 3, 10 / 3, 1 / 7)
print(9007199254740993.0, 9007199254740992.0)
print(0.5, 0.25, 0.125, 0.1 * 3, 0.1 * 10)
print(123.456, -123.456, 1e-7, 1.5e-7, 12345678.9)
print(float(10 ** 16), float(10 ** 15), float(2 ** 53), float(2 ** 70))
print(1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300)
print(100.0 * 1.1, 3.0 * 1.1, 0.1 ** 2)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
print([0.1, 1e16, -0.0, 1e-05], (2.0, 1e22))
print(float("1.5"), float("  -2.25 "), float("1e3"), float("-1E-3"), float(".5"), float("5."))
print(float("Infinity"), float("-infinity"), float("nan"), float("inf") - float("inf"))
print(float(7), float(-3), float(True), float("0.000001"))
