# ints: mixed arithmetic, precedence, unary operators, augmented assignment and bools as ints
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, +5, - -5)
print(7 - 10, 3 * -4, 100 // 7 * 7 + 100 % 7)
print(True + True, True * 10, False - 1, -True)
print(sum([True, True, False, True]))
x = 10
x += 5
x -= 3
x *= 4
print(x)
x //= 5
x %= 7
x **= 3
print(x)
x <<= 2
x >>= 1
x |= 1
x &= 0xFF
x ^= 0x0F
print(x)
fib = [0, 1]
while len(fib) < 100:
    fib.append(fib[-1] + fib[-2])
print(fib[50], fib[90], fib[99])
print(fib[99] * fib[98] - fib[97] * fib[100 - 1 - 1 + 1 - 1])
total = 0
for i in range(1, 101):
    total += i * i
print(total)
f = 1
for i in range(1, 26):
    f *= i
print(f, f // (2 ** 10), f % 1000000007)
g = 1071
h = 462
while h:
    g, h = h, g % h
print("gcd", g)
print(abs(-5), abs(5), abs(0), abs(-(2 ** 80)))
print(int(str(2 ** 70)) == 2 ** 70)
