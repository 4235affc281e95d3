# floats: // and % and divmod on floats with negative operands and mixed int/float
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 2.5), (-7, 2.5), (0.0, 3), (1e10, 3.3), (5.0, 0.1)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 // 1, 0.0 // -1, -1e-20 % 1.0, 1e-20 % -1.0)
print(3.0 % float("inf"), -3.0 % float("inf"), 3.0 // float("inf"), -3.0 // float("inf"))
print(type(7 // 2.0).__name__, 7 // 2.0, 7 % 2.0)
x = 10.0
x //= 3
print(x)
x %= 2
print(x)
print(6.0 % 3, -6.0 % 3, 6.0 % -3)
