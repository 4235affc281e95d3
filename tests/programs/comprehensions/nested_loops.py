# comprehensions: several for clauses, their order, and dependent inner iterables
print([(a, b) for a in range(3) for b in range(2)])
print([a + b for a in "xy" for b in "123"])
print([(a, b) for a in range(4) for b in range(a)])
print([(a, b) for a in range(4) if a % 2 == 1 for b in range(a, 5) if b % 2 == 0])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([[x * 2 for x in row] for row in matrix])
print([sum(row) for row in matrix])
print([x for row in matrix for x in row if x % 4 == 0])
triples = [(a, b, c) for a in range(1, 21) for b in range(a, 21) for c in range(b, 21) if a * a + b * b == c * c]
print(triples)
deck = [r + s for s in "SH" for r in "A23"]
print(deck)
words = ["ab", "cde", "f"]
print([(w, i, ch) for w in words for i, ch in enumerate(w)])
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid)
print([cell for line in grid for cell in line if cell[0] != cell[1]])
tree = [[["a", "b"], ["c"]], [["d"]]]
print([leaf for branch in tree for twig in branch for leaf in twig])
print([x for x in range(3) for x in range(x + 1)])
