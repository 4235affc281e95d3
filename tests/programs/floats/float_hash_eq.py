# floats: equality and hashing across int, float and bool, and floats as dict keys
print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2 ** 40) == hash(2.0 ** 40), hash(-1) == hash(-1.0))
print(hash(1.5), hash(-2.5), hash(0.5), hash(1e100) == hash(10 ** 100))
print(hash(float("inf")), hash(float("-inf")))
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 62))
d = {}
d[1] = "int"
d[1.0] = "float"
d[2.5] = "two and half"
print(d, len(d))
d[True] = "bool"
print(d)
print(d[1.0], d[True], 2.5 in d, 2 in d)
e = {0.0: "zero"}
print(e[-0.0], e[0], e[False])
print(1.0 in [1, 2], 2 in [1.0, 2.0], [1, 2] == [1.0, 2.0], (1, 2.0) == (1.0, 2))
