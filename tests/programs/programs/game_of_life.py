# programs: Conway's game of life on a small toroidal grid with a glider and a blinker
ROWS = 8
COLS = 10

def empty_grid():
    g = []
    for r in range(ROWS):
        g.append([0] * COLS)
    return g

def place(g, cells, dr, dc):
    for r, c in cells:
        g[(r + dr) % ROWS][(c + dc) % COLS] = 1

def neighbours(g, r, c):
    n = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == 0 and dc == 0:
                continue
            n += g[(r + dr) % ROWS][(c + dc) % COLS]
    return n

def step(g):
    new = empty_grid()
    for r in range(ROWS):
        for c in range(COLS):
            n = neighbours(g, r, c)
            if g[r][c] and n in (2, 3):
                new[r][c] = 1
            elif not g[r][c] and n == 3:
                new[r][c] = 1
    return new

def render(g):
    lines = []
    for row in g:
        s = ""
        for v in row:
            if v:
                s += "#"
            else:
                s += "."
        lines.append(s)
    return "\n".join(lines)

def population(g):
    total = 0
    for row in g:
        total += sum(row)
    return total

grid = empty_grid()
place(grid, [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)], 0, 0)
place(grid, [(0, 0), (0, 1), (0, 2)], 5, 6)
history = []
for gen in range(6):
    print("generation", gen, "population", population(grid))
    print(render(grid))
    history.append(render(grid))
    grid = step(grid)
for gen in range(6, 40):
    grid = step(grid)
print("generation 40 population", population(grid))
print(render(grid))
print("repeat of gen 0 at 40:", render(grid) == history[0])
