# comprehensions: list comprehensions over ranges, strings, lists and dict items
print([x for x in range(8)])
print([x * x for x in range(1, 11)])
print([c.upper() for c in "krait"])
print([len(w) for w in "the quick brown fox".split()])
print([str(n) + "!" for n in [3, 1, 2]])
print([(i, c) for i, c in enumerate("abc")])
print([k + "=" + str(v) for k, v in {"a": 1, "b": 2, "c": 3}.items()])
print([a * b for a, b in zip([1, 2, 3], [4, 5, 6])])
print([[0] * n for n in range(4)])
print([x for x in []])
print([None for _ in range(3)])
words = ["alpha", "beta", "gamma"]
lengths = [len(w) for w in words]
print(lengths, sum(lengths))
print([w[::-1] for w in words])
print([ord(c) - ord("a") for c in "hello"])
nested = [[1, 2], [3], [], [4, 5, 6]]
print([len(row) for row in nested])
print([row[0] if row else -1 for row in nested])
funcs = [abs, str, bool]
print([f(-2) for f in funcs])
print([x for x in (10, 20, 30)])
print([divmod(n, 3) for n in range(7)])
result = [x * 2 for x in range(5)]
result.append("end")
print(result)
