# lists: slicing, slice assignment, slice deletion and negative steps
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[::-1], a[8:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[:0] = [-1, -2]
print(b)
b[len(b):] = [99]
print(b)
b[1:3] = []
print(b)
c = list(range(10))
c[::2] = ["e", "e", "e", "e", "e"]
print(c)
c[1::3] = [0, 0, 0]
print(c)
d = list(range(10))
del d[0]
print(d)
del d[-1]
print(d)
del d[2:4]
print(d)
del d[::2]
print(d)
e = [1, 2, 3]
e[1:2] = [7, 8, 9, 10]
print(e, len(e))
f = [0] * 5
f[-1] = 4
f[-5] = -4
print(f)
try:
    c[::2] = [1, 2]
except ValueError as ex:
    print("ValueError:", ex)
g = a[3:7]
g[0] = 100
print(a[3], g)
