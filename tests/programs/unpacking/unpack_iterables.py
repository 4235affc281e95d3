# unpacking: any iterable can be unpacked, including dicts, sets, generators, user iterators and zip
d = {"one": 1, "two": 2}
k1, k2 = d
print(k1, k2)
(ka, va), (kb, vb) = d.items()
print(ka, va, kb, vb)
s1, s2, s3 = sorted({3, 1, 2})
print(s1, s2, s3)
g1, g2, g3 = (n * n for n in range(3))
print(g1, g2, g3)
class Three:
    def __iter__(self):
        yield "a"
        yield "b"
        yield "c"
x, y, z = Three()
print(x, y, z)
first, *rest = Three()
print(first, rest)
(a, b), (c, d_) = zip("ab", "cd")
print(a, b, c, d_)
lo, hi = min, max
print(lo([3, 1]), hi([3, 1]))
n1, n2 = map(int, "12 34".split())
print(n1 + n2)
q, r = divmod(47, 5)
print(q, r)
name, _, domain = "user@example.org".partition("@")
print(name, domain)
(only,) = [42]
print(only)
[single] = "z"
print(single)
e1, e2 = enumerate("pq")
print(e1, e2)
it = iter(range(6))
a1, a2 = next(it), next(it)
*b_, = it
print(a1, a2, b_)
