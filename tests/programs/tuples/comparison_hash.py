# tuples: lexicographic comparison, equality, hashing of int tuples and tuples as dict keys
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () < (0,), (1, 2) == (1, 2))
print((1, "a") < (1, "b"), (1, 2.0) == (1, 2), (0, True) == (0, 1))
print(max((1, 5), (2, 0), (1, 9)), min([(3, "c"), (3, "a"), (2, "z")]))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()))
print(hash((1, 2)), hash((0,)), hash(()), hash((-1, -2)))
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (2, 2) in grid, (3, 3) in grid, len(grid))
print(sorted([(2, 1), (1, 2), (1, 1), (2, 0)]), sorted([(2, 1), (1, 2)], reverse=True))
points = {(0, 0): "origin", (1, 0): "east"}
points[(0, 1)] = "north"
for key in points:
    print(key, points[key])
