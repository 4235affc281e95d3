# lists: list() from other iterables, copies, and lists of mixed types printed
print(list(), list([1, 2]), list((3, 4)), list("hi"), list(range(3, 0, -1)))
print(list({"a": 1, "b": 2}.values()), list({"a": 1, "b": 2}.items()))
print(list({3, 1, 2}), list(reversed("abc")), list(enumerate([5, 6])))
src = [1, [2, 3]]
cp = list(src)
cp[1].append(4)
cp[0] = 100
print(src, cp)
mixed = [1, 2.5, "three", None, True, [4], (5,), {"six": 6}, -0.0, 1e100]
print(mixed)
print(len(mixed), str(mixed) == repr(mixed))
for item in mixed:
    print(type(item).__name__, item)
print([None] * 3, [[]] * 2, [""] * 2)
print(list(range(0)), list(range(-5)), list(range(2, 20, 5)))
