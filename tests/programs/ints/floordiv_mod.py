# ints: floor division and modulo with every sign combination, and divmod
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 5), (-1, 5), (1, -5), (-1, -5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(17 // 5, -17 // 5, 17 // -5, -17 // -5)
print(17 % 5, -17 % 5, 17 % -5, -17 % -5)
print(divmod(10 ** 20, 7), divmod(-(10 ** 20), 7))
print(divmod(10 ** 20, -(10 ** 9 + 7)))
print(divmod(-5, 10 ** 30))
print(divmod(5, -(10 ** 30)))
a = 100
a //= 7
print(a)
a %= 4
print(a)
b = -100
b //= 7
print(b)
b %= -3
print(b)
for x in range(-6, 7):
    print(x, x // 3, x % 3, x // -3, x % -3)
print(True // 1, True % 2, False // True)
print(-2 ** 2, (-2) ** 2, 2 ** -1)
