# ints: comparison chains, equality with floats and bools, min/max of big values
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5.0, x != 5.0, x == True)
one = 1
print(1 == True, 0 == False, 2 == True, one is True)
print(2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64)
print(2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(max(3, 2 ** 70, -5), min(3, -(2 ** 70), 7))
print(sorted([5, -3, 2 ** 65, 0, -(2 ** 65), 7]))
print(3 < 3.5 < 4, -1 > -1.5)
a = 1000
b = 1000
print(a == b, a <= b, a >= b, a < b)
print(not 0, not 1, not -1, bool(0), bool(-3))
n = 0
for i in range(-3, 4):
    if -2 < i <= 2:
        n += i
print(n)
