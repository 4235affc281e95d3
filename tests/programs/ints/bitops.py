# ints: bitwise and, or, xor, invert and shifts including negative and big values
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a, ~b)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(~0, ~-1, ~(2 ** 70))
print(1 << 10, 1 << 62, 1 << 63, 1 << 100)
print(5 >> 1, -5 >> 1, -1 >> 10, -(2 ** 70) >> 3)
print((2 ** 100) >> 90, (2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1)
print((2 ** 65 + 5) ^ 3, -(2 ** 65) & 0xFF, -(2 ** 65) | 0xFF)
print(255 & -256, 0xFFFFFFFFFFFFFFFF & -1)
print(0xFFFFFFFFFFFFFFFF ^ 0xFFFFFFFFFFFFFFFF)
x = 1
for i in range(8):
    x = (x << 9) | i
print(x)
y = x
y &= 0xFFFF
print(y)
y |= 0x10000
print(y)
y ^= 0x3
print(y)
y <<= 3
print(y)
y >>= 5
print(y)
print(True & False, True | False, True ^ True, ~True)
print(type(True & True).__name__, type(True & 3).__name__)
count = 0
n = 2 ** 64 - 1
while n:
    count += n & 1
    n >>= 1
print("popcount", count)
print(0 >> 100, 7 >> 64, -7 >> 64, 0 << 1000)
