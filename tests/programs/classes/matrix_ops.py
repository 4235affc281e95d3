# classes: a matrix class with arithmetic operators, scalar reflection, indexing, equality and errors
class ShapeError(ValueError):
    pass

class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ShapeError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]))

    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]

    def __setitem__(self, pos, value):
        r, c = pos
        self.rows[r][c] = value

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        width = max(len(str(v)) for row in self.rows for v in row)
        return "\n".join(" ".join(str(v).rjust(width) for v in row) for row in self.rows)

    def _check_same(self, other):
        if self.shape != other.shape:
            raise ShapeError("shape mismatch %s vs %s" % (self.shape, other.shape))

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        self._check_same(other)
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        self._check_same(other)
        return Matrix([[a - b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[v * k for v in row] for row in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ShapeError("cannot multiply %s by %s" % (self.shape, other.shape))
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        for _ in range(n):
            result = result @ self
        return result

    def __neg__(self):
        return self * -1

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def __iter__(self):
        return iter(self.rows)

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a)
print(repr(a + b), repr(a - b))
print(repr(a * 3), repr(2 * a), repr(-a))
print(a @ b)
print(repr(a @ Matrix.identity(2) == a), a == Matrix([[1, 2], [3, 4]]), a != b)
fib = Matrix([[1, 1], [1, 0]])
print([(fib ** n)[0, 1] for n in range(10)])
c = Matrix([[1, 2, 3], [4, 5, 6]])
print(c.shape, c.transpose().shape)
print(c.transpose())
print(c @ c.transpose())
c[0, 0] = 100
print(c[0, 0], [row[0] for row in c])
for bad in [lambda: a + c, lambda: c @ c, lambda: Matrix([[1], [2, 3]]), lambda: a + 1, lambda: a * "x"]:
    try:
        bad()
    except ShapeError as e:
        print("ShapeError:", e)
    except TypeError as e:
        print("TypeError:", e)
m = Matrix([[1.5, 0], [0, 2]])
m2 = m * 2
m2 += Matrix.identity(2)
print(m2)
