# comprehensions: comprehensions nested inside comprehensions, including dict-of-list and set-of-tuple results
size = 4
identity = [[1 if r == c else 0 for c in range(size)] for r in range(size)]
for row in identity:
    print(row)
mult = [[r * c for c in range(1, 5)] for r in range(1, 5)]
print(mult)
print([[x for x in row if x % 2 == 0] for row in mult])
print({r: {c: r * c for c in range(2)} for r in range(3)})
print(sorted({(a, b) for a in range(3) for b in [x * 2 for x in range(a)]}))
sentences = ["the cat sat", "a dog ran far", "hi"]
print([[len(w) for w in s.split()] for s in sentences])
print({s.split()[0]: [w.upper() for w in s.split()[1:]] for s in sentences})
print([sum(x for x in row) for row in mult])
print(sum(sum(1 for x in row if x > 4) for row in mult))
tri = [[1]]
for _ in range(5):
    prev = tri[-1]
    tri.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in tri:
    print(row)
flat_then_group = [[v for v in [x for row in mult for x in row] if v % k == 0] for k in (5, 7)]
print(flat_then_group)
