# functions: returning multiple values, swapping via functions, and tuple assignment
def divide(a, b):
    return a // b, a % b

def swap(a, b):
    return b, a

def fib_pair(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a, b

q, r = divide(17, 5)
print(q, r, divide(-17, 5))
x, y = swap("left", "right")
print(x, y)
x, y = y, x
print(x, y)
print(fib_pair(10), fib_pair(100))
def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x1, y1 = ext_gcd(b, a % b)
    return g, y1, x1 - (a // b) * y1
g, s, t = ext_gcd(240, 46)
print(g, s, t, 240 * s + 46 * t)
def rotate3(a, b, c):
    return b, c, a
t = (1, 2, 3)
for _ in range(3):
    t = rotate3(t[0], t[1], t[2])
    print(t)
