# misc: slice assignment growing and shrinking lists, extended-slice assignment and its size rule
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[1:1] = [100, 200]
print(a)
a[:3] = []
print(a)
a[-2:] = "PQ"
print(a)
a[len(a):] = [7, 8]
print(a)
a[:] = [1, 2, 3]
print(a)
b = list(range(10))
b[::2] = ["e"] * 5
print(b)
b[1::3] = (None, None, None)
print(b)
b[::-1] = range(10)
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = list(range(6))
c[4:1] = ["inserted"]
print(c)
c[10:20] = ["far"]
print(c)
c[-100:1] = ["front"]
print(c)
alias = c
c[:] = reversed(c)
print(alias, alias is c)
d = [0, 1, 2, 3]
d[1:3] = d
print(d)
e = [1, 2, 3]
e[0:2] = (n * 10 for n in range(4))
print(e)
try:
    e[0:1] = 5
except TypeError as err:
    print("TypeError:", err)
f = list("abcdef")
f[1:5:2] = "XY"
print("".join(f))
g = list(range(5))
g[::1] = [9]
print(g)
