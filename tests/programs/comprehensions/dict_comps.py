# comprehensions: dict comprehensions building, inverting, filtering and merging mappings
print({x: x * x for x in range(6)})
print({c: ord(c) for c in "abc"})
word = "mississippi"
print({c: word.count(c) for c in word})
prices = {"apple": 1.25, "pear": 0.8, "kiwi": 2.5, "fig": 3.0}
print({k: v for k, v in prices.items() if v >= 1})
print({k: round(v * 1.1, 2) for k, v in prices.items()})
print({v: k for k, v in {"a": 1, "b": 2, "c": 3}.items()})
print({k.upper(): len(k) for k in prices})
keys = ["x", "y", "z"]
vals = [10, 20, 30]
print({k: v for k, v in zip(keys, vals)})
print({i: [j for j in range(i)] for i in range(4)})
print({n: ("even" if n % 2 == 0 else "odd") for n in range(5)})
dup = {k % 3: k for k in range(10)}
print(dup)
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid)
print(grid[(1, 2)], len(grid))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(groups)
inventory = {"bolts": 0, "nuts": 12, "screws": 3, "washers": 0}
print({k: v for k, v in inventory.items() if v})
print(sorted({k for k, v in inventory.items() if not v}))
print({k: v for k, v in []})
