# builtins: len, sorted, reversed, list, tuple, set, dict, enumerate, zip, range together
data = [3, 1, 4, 1, 5, 9, 2, 6]
print(len(data), len("hello"), len((1, 2)), len({"a": 1}), len({1, 2, 2}), len(range(0, 100, 7)))
print(sorted(data), sorted(data, reverse=True), sorted("hello"), sorted({3: 0, 1: 0}))
print(list(reversed(data)), tuple(reversed((1, 2, 3))), "".join(reversed("abc")), list(reversed(range(3))))
print(list(data), tuple(data), sorted(set(data)), dict(zip("abc", data)), dict(enumerate("xy")))
print(list(enumerate(data, 1))[:3], list(zip(data, data[1:]))[:3], list(zip("ab", "cde", "fghi")))
print(list(range(3)), tuple(range(2, 5)), set(range(4)), list(range(10, 0, -3)))
pairs = []
for i, (a, b) in enumerate(zip(data, reversed(data))):
    pairs.append((i, a * b))
print(pairs)
r = reversed([1, 2, 3])
print(list(r), list(r))
e = enumerate("ab")
print(list(e))
z = zip([1, 2], [3, 4])
print(list(z), list(z))
print(sorted([[2, "b"], [1, "c"], [2, "a"]]), sorted(["B", "a", "C"]), sorted([3.5, -1, 2]))
print(list(dict(a=1, b=2)), list(set([7])), list(tuple([8])), tuple({"k": "v"}))
