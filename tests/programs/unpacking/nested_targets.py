# unpacking: nested tuple and list targets in assignments and for loops
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, c) = 1, [2, 3]
print(a, b, c)
((a, b), (c, d)), e = ((1, 2), (3, 4)), 5
print(a, b, c, d, e)
[a, [b, [c]]] = [1, [2, [3]]]
print(a, b, c)
(x, y), z = "ab", "c"
print(x, y, z)
points = [((0, 0), "origin"), ((1, 2), "p"), ((-3, 4), "q")]
for (px, py), label in points:
    print(label, px + py, px * py)
for i, (name, score) in enumerate([("ann", 90), ("bob", 75)]):
    print(i, name, score)
for k, (lo, hi) in {"a": (1, 5), "b": (2, 3)}.items():
    print(k, hi - lo)
matrix = [[1, 2], [3, 4]]
[[m00, m01], [m10, m11]] = matrix
print(m00 * m11 - m01 * m10)
pairs = list(zip("abc", zip(range(3), range(10, 13))))
print(pairs)
for letter, (small, big) in pairs:
    print(letter, small, big)
obj = {}
lst = [0, 0, 0]
obj["x"], (lst[0], lst[2]) = "X", (5, 6)
print(obj, lst)
class Box:
    pass
bx = Box()
bx.a, (bx.b, bx.c) = 1, "bc"
print(bx.a, bx.b, bx.c)
records = [("id1", ("ann", 31, ("NYC", "US"))), ("id2", ("bob", 25, ("Paris", "FR")))]
for rid, (name, age, (city, country)) in records:
    print(rid, name, age, city, country)
