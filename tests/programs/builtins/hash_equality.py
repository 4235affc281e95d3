# builtins: == and hash equality across int/float/bool, and collapsing dict/set keys
print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(1), hash(1.0), hash(True), hash(-1), hash(-1.0), hash(2 ** 61 - 1), hash(2 ** 61 + 5))
print(hash(None) == hash(None), hash(3.5) == hash(3.5), hash(-(2 ** 80)))
print(1 == 1.0, 1 == True, 1.0 == True, 2 == True, 0 == -0.0, 1 != 1.0)
print({1: "a", 1.0: "b", True: "c"})
print({True: "c", 1: "a", 1.0: "b"})
print({0: "zero", 0.0: "fzero", False: "no"}, {1, 1.0, True, 2, 2.0})
print(len({1, 1.0, True}), len({0, False, 0.0, -0.0, None}))
print([1, 2] == [1.0, 2.0], (True, False) == (1, 0), {1: 2} == {1.0: 2.0}, {1, 2} == {1.0, 2.0})
d = {}
d[1] = "int first"
d[True] = "bool overwrote"
d[1.0] = "float overwrote"
print(d, list(d.keys()), type(list(d.keys())[0]).__name__)
print(hash((1, 2)) == hash((1.0, 2.0)), hash((True,)) == hash((1,)))
