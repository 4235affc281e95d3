# builtins: pow and divmod tables over signs, with int and float results checked by type
for a in [-7, -1, 0, 3, 10]:
    row = []
    for b in [-3, 2, 5]:
        q, r = divmod(a, b)
        row.append((q, r, q * b + r == a))
    print(a, row)
for base in [-2, 2, 3]:
    for e in [-2, 0, 1, 5]:
        v = pow(base, e)
        print(base, e, v, type(v).__name__)
for m in [2, 7, 10]:
    print(m, pow(3, 5, m), pow(-3, 5, m), pow(3, 10 ** 6, m))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), divmod(0, 5))
