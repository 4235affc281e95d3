# tuples: tuple assignment, swapping, nested unpacking, unpacking in for loops
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
first, second = [10, 20]
print(first + second)
for i, (name, score) in enumerate([("ann", 90), ("bob", 72)]):
    print(i, name, score)
for k, v in [("a", 1), ("b", 2)]:
    print(k * v)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
m, n = divmod(47, 5)
print(m, n)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
lst[i], i = 9, 2
print(lst, i)
try:
    u, v = (1, 2, 3)
except ValueError as ex:
    print("ValueError:", ex)
try:
    u, v, w = (1, 2)
except ValueError as ex:
    print("ValueError:", ex)
fa, fb = 0, 1
for _ in range(10):
    fa, fb = fb, fa + fb
print(fa, fb)
