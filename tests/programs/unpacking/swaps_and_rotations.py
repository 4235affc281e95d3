# unpacking: parallel assignment semantics, swaps, rotations and evaluation order
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = "x", "y", "z"
a, b, c = c, a, b
print(a, b, c)
lst = [10, 20, 30, 40]
lst[0], lst[3] = lst[3], lst[0]
print(lst)
lst[1], lst[2] = lst[2], lst[1]
print(lst)
i = 0
i, lst[i] = 2, 99
print(i, lst)
x = [0, 1, 2]
j = 0
j, x[j] = 1, "set"
print(x)
fa, fb = 0, 1
for _ in range(10):
    fa, fb = fb, fa + fb
print(fa, fb)
def gcd(m, n):
    while n:
        m, n = n, m % n
    return m
print(gcd(84, 36), gcd(17, 5))
q = [1, 2, 3, 4, 5]
q[:2], q[2:] = q[3:], q[:3]
print(q)
order = []
def val(tag, v):
    order.append(tag)
    return v
class T:
    pass
t = T()
d = {}
d[val("key", "k")], t.attr = val("rhs1", 1), val("rhs2", 2)
print(order, d, t.attr)
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
