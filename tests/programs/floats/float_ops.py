# floats: arithmetic, augmented assignment, is_integer-free checks and accumulation
a = 3.75
b = -1.25
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -a, +b)
a += 0.25
print(a)
a *= 2
print(a)
a /= 3
print(a)
a -= 1.5
print(a)
a **= 2
print(a)
vals = [1.5, 2.25, -0.75, 10.0, 3.125]
s = 0.0
for v in vals:
    s += v
print(s, sum(vals), sum(vals) / len(vals))
print(sorted(vals), max(vals), min(vals))
x = 2.0
for i in range(6):
    x = (x + 2.0 / x) / 2
    print(i, x)
print(x * x)
print(int(x * 1000000), round(x, 6))
print(1.5 == 1.5, 1.5 != 1.50001, 1.5 < 2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(str(1.5) + "x", repr(2.5e-8), str(1e50))
print(float(str(0.1)) == 0.1, float(repr(1 / 3)) == 1 / 3)
h = 0.5
for i in range(5):
    h = h * h
    print(h)
