# complex: equality with other numbers and hashing consistent with int and float
print(1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1j == 1, 1j != 1j, 2j == 2j, 0j == 0, -0j == 0.0)
print(complex(2 ** 53 + 1, 0) == 2 ** 53 + 1, complex(2 ** 53, 0) == 2 ** 53, True == 1 + 0j)
print(1j == "1j", 1j == None, 1j != [1j], 1j in [1, 2j, 1j], (1 + 0j) in {1})
for z in [0j, 1 + 0j, 1.5 + 0j, -1 + 0j, 1j, 2 + 3j, -2 - 3j, 1e16 + 1e-3j, complex(float("inf"), 0), complex(0, float("-inf"))]:
    print(repr(z), hash(z))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(-1 + 0j) == hash(-1))
d = {1: "int", 2.5: "float"}
d[1 + 0j] = "complex one"
d[2j] = "two j"
print(d)
s = {1, 1.0, 1 + 0j, 2j, 2j, 0j, 0}
print(len(s), 2j in s, 0 in s)
nan = complex(float("nan"), 0)
print(nan == nan, nan != nan, [nan] == [nan], nan in [nan])
