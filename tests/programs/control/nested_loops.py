# control: nested loops printing a multiplication table, triangle patterns and grids
for i in range(1, 6):
    row = ""
    for j in range(1, 6):
        row += str(i * j).rjust(4)
    print(row)
for i in range(1, 5):
    print(" " * (4 - i) + "*" * (2 * i - 1))
for i in range(4, 0, -1):
    line = []
    for j in range(i):
        line.append(str(j))
    print("-".join(line))
count = 0
for a in range(5):
    for b in range(5):
        for c in range(5):
            if a + b + c == 6:
                count += 1
print("combos", count)
board = []
for r in range(8):
    row = ""
    for c in range(8):
        if (r + c) % 2 == 0:
            row += "#"
        else:
            row += "."
    board.append(row)
print("\n".join(board))
