# dicts: equal int/float/bool keys collapse into one entry keeping the first key
d = {1: "a", 1.0: "b", True: "c"}
print(d, len(d))
e = {True: "t", 1: "one"}
print(e)
f = {0: "zero", False: "false", 0.0: "float", -0.0: "neg"}
print(f)
g = {}
g[2.0] = "x"
g[2] = "y"
print(g, g[2], g[2.0])
print({1.5: "a", 3: "b"}[1.5], 2 ** 64 in {2.0 ** 64: 1})
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False))
one = 1
print(1 == 1.0 == True, one is True, 0 == False == 0.0)
