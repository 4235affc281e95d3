# lists: +, *, in, ==, <, nested lists, aliasing and identity
a = [1, 2, 3]
b = [4, 5]
print(a + b, b + a, a * 2, 2 * b, [0] * 3, [] * 5, a * 0)
print(3 in a, 6 in a, 6 not in a, [1, 2] in [[1, 2], [3]])
print(a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], a < [1, 2], [1, 2] < a, [] < [0])
c = a
c.append(4)
print(a, c is a, a == c)
d = a + []
d.append(5)
print(a, d, d is a)
grid = [[0] * 3, [0] * 3]
grid[0][1] = 5
print(grid)
shared = [[0] * 2] * 2
shared[0][0] = 9
print(shared)
a += [10, 11]
print(a)
a *= 2
print(a, len(a))
nested = [1, [2, [3, [4, [5]]]]]
print(nested, nested[1][1][1][1][0], len(nested))
x = []
x.append(x is x)
print(x)
empty = []
print(bool(empty), bool([0]), len([[]]), [[]] == [[]])
print(list(range(5)), list("abc"), list((1, 2)), list({"k": 1, "j": 2}))
