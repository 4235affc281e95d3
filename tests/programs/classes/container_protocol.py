# classes: a container with __len__, __getitem__, __setitem__, __delitem__, __contains__ and __iter__
class Grid:
    def __init__(self, rows, cols, fill=0):
        self.rows, self.cols = rows, cols
        self.cells = [fill] * (rows * cols)

    def _index(self, key):
        r, c = key
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError("cell out of range: " + str(key))
        return r * self.cols + c

    def __len__(self):
        return len(self.cells)

    def __getitem__(self, key):
        return self.cells[self._index(key)]

    def __setitem__(self, key, value):
        self.cells[self._index(key)] = value

    def __delitem__(self, key):
        self.cells[self._index(key)] = 0

    def __contains__(self, value):
        print("  __contains__", value)
        return value in self.cells

    def __iter__(self):
        for r in range(self.rows):
            yield self.cells[r * self.cols:(r + 1) * self.cols]

g = Grid(2, 3)
print(len(g), g[0, 0])
g[0, 1] = 5
g[1, 2] = 9
g[(1, 0)] = 4
print(g[0, 1], g[1, 2], g[1, 0])
print(list(g))
print(5 in g, 7 in g, 7 not in g)
del g[0, 1]
print(list(g))
for row in g:
    print(row)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    g[2, 0] = 1
except IndexError as e:
    print("IndexError:", e)
g[1, 1] += 10
g[1, 1] *= 3
print(g[1, 1], sum(sum(r) for r in g))
print(max(g), sorted(g, reverse=True)[0])
a, b = g
print(a, b)
print(bool(g), bool(Grid(0, 0)))
