# lists: for loops with enumerate, zip, reversed, index loops and building lists
colors = ["red", "green", "blue"]
for i, c in enumerate(colors):
    print(i, c)
for i, c in enumerate(colors, 1):
    print(i, c)
for i, c in enumerate(colors, start=10):
    print(i, c)
for c, n in zip(colors, [3, 5, 4, 99]):
    print(c, n)
for c in reversed(colors):
    print(c, end=" ")
print()
print(list(zip([1, 2, 3], "abc", (True, False, None))))
print(list(enumerate("xy")), list(reversed([1, 2, 3])), list(zip()))
squares = []
for i in range(10):
    if i % 2 == 0:
        squares.append(i * i)
print(squares)
evens = []
odds = []
for n in range(1, 16):
    if n % 2:
        odds.append(n)
    else:
        evens.append(n)
print(evens, odds)
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = []
for j in range(3):
    row = []
    for i in range(2):
        row.append(matrix[i][j])
    transposed.append(row)
print(transposed)
flat = []
for row in matrix:
    flat.extend(row)
print(flat)
i = 0
while i < len(flat):
    if flat[i] % 2 == 0:
        flat.pop(i)
    else:
        i += 1
print(flat)
pairs = list(zip(colors, range(3)))
print(pairs, dict(pairs))
