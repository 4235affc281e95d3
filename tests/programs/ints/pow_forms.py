# ints: ** and pow() with positive, zero and negative exponents, and 3-argument pow
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(type(2 ** -1).__name__, type(2 ** 3).__name__)
print(pow(2, 10), pow(3, 4), pow(-3, 3), pow(2, -3))
print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(5, 3, 1))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(12345678901234567890, 98765, 1000000007))
print(pow(2, 2 ** 20, 10 ** 9 + 7))
print(pow(3, -1, 7), pow(2, -1, 9), pow(10, -2, 17))
print(1 ** 1000000, (-1) ** 1000001, 0 ** 5)
print(7 ** 30)
print((-7) ** 31)
x = 3
x **= 4
print(x)
x **= 2
print(x)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(pow(10, 20), pow(10, 20) + 1)
print(2 ** 0.5)
print(4 ** 0.5, 8 ** (1 / 3))
print(pow(2.0, 3), pow(2, 3.0))
for i in range(12):
    if i < 4:
        print(i, 3 ** i, pow(3, i, 10), 3 ** -i)
    else:
        print(i, 3 ** i, pow(3, i, 10))
