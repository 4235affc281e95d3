# tuples: creation, singleton syntax, indexing, slicing, concatenation and repr
t = (1, 2, 3)
e = ()
s = (5,)
u = 1, "two", 3.0
print(t, e, s, u, len(t), len(e), len(s))
print(t[0], t[-1], t[1:], t[::-1], u[1], u[-1])
print(t + s, t * 2, s * 3, e * 10, 2 * (0,))
print(3 in t, 4 in t, "two" in u, (1, 2) in [(1, 2)], t.count(2), t.index(3))
print(tuple([1, 2]), tuple("abc"), tuple(), tuple(range(3)), tuple((9,)))
print(((1, 2), (3, (4, 5))), ((),), (None,), ("a",))
n = ((1, 2), [3, 4])
n[1].append(5)
print(n)
try:
    t[5]
except IndexError as ex:
    print("IndexError:", ex)
try:
    t.index(9)
except ValueError as ex:
    print("ValueError:", ex)
print(type(t).__name__, type(()).__name__, type((1)).__name__)
x = t
x += (4,)
print(t, x, x is t)
