# ints: values around the 64-bit and 62-bit boundaries must not overflow
big = 2 ** 63
print(big - 1, big, big + 1)
print(-big, -big - 1, -big + 1)
m = 9223372036854775807
print(m + 1)
print(m * 2)
print(m * m)
print(-m - 1 - 1)
mn = -9223372036854775808
print(mn - 1, mn * -1, -mn, abs(mn))
print(mn // -1)
print(mn % -1)
h = 2 ** 62
print(h - 1, h, h + 1, -h, -h - 1)
print(h + h, h * 2, h * 4)
print((h - 1) + (h - 1) + 1)
print(4611686018427387903 + 1)
print(-4611686018427387904 - 1)
x = 4611686018427387904
print(x * x)
print(3037000499 * 3037000499)
print(3037000500 * 3037000500)
print(m - m, mn + m)
print(m // 3, m % 3)
print(big // 3, big % 3)
print(m << 1, big >> 1, big >> 63, big >> 64)
print(1 << 63, 1 << 64, -1 << 63, -1 << 64)
print(type(2 ** 63).__name__, type(-2 ** 63).__name__)
print(2 ** 63 == 9223372036854775808, 2 ** 63 - 1 == m)
print(m < big, mn > -big - 1, mn == -big)
total = 0
for i in range(10):
    total += m
print(total)
total = 0
for i in range(10):
    total -= m
print(total)
v = 1
for i in range(70):
    v = v * 2
    if i > 58:
        print(i, v, -v)
