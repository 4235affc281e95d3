# unpacking: starred assignment targets in every position, with lists, tuples, strings, ranges
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
first, *middle, last = "krait"
print(first, middle, last)
head, *tail = range(5)
print(head, tail, type(tail).__name__)
*init, final = (7,)
print(init, final)
x, y, *z = (1, 2)
print(x, y, z)
[p, *q] = "ab"
print(p, q)
*everything, = [9, 8, 7]
print(everything)
(m, *n), o = [1, 2, 3], 4
print(m, n, o)
for first, *rest in [(1, 2, 3), (4,), "xyz"]:
    print(first, rest)
row = [10, 20, 30, 40, 50]
lo, *_, hi = row
print(lo, hi, _)
def split_path(path):
    *dirs, filename = path.split("/")
    return dirs, filename
print(split_path("usr/local/bin/python"))
print(split_path("file.txt"))
data = {"k1": 1, "k2": 2, "k3": 3}
k, *others = data
print(k, others)
k, *others = data.items()
print(k, others)
