# ints: arbitrary precision arithmetic with powers of two and large products
print(2 ** 100)
print(2 ** 64, 2 ** 63, 2 ** 62)
print(-(2 ** 100))
x = 1
for i in range(1, 31):
    x *= i
print("30! =", x)
print(x // 2 ** 20, x % 1000003)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(b // a, b % a)
print(a * a * a)
print(len(str(2 ** 1000)))
print(str(2 ** 200)[:20], str(2 ** 200)[-10:])
print(10 ** 30 + 1 - 10 ** 30)
print(2 ** 100 == 1267650600228229401496703205376)
print(2 ** 100 > 2 ** 99, 2 ** 100 < -(2 ** 100))
n = 1
count = 0
while n < 10 ** 40:
    n *= 7
    count += 1
print(count, n)
print(-(10 ** 25) // 7, -(10 ** 25) % 7)
print((10 ** 25) // -7, (10 ** 25) % -7)
print(abs(-(3 ** 80)))
print(3 ** 80 - 3 ** 80)
print(2 ** 128 - 1)
print((2 ** 128 - 1) // (2 ** 64 - 1))
