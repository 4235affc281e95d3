# programs: small matrix routines: multiply, transpose, determinant, identity and power
def zeros(r, c):
    m = []
    for i in range(r):
        m.append([0] * c)
    return m

def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m

def transpose(a):
    t = zeros(len(a[0]), len(a))
    for i in range(len(a)):
        for j in range(len(a[0])):
            t[j][i] = a[i][j]
    return t

def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError("shape mismatch: " + str(len(a[0])) + " vs " + str(len(b)))
    c = zeros(len(a), len(b[0]))
    for i in range(len(a)):
        for j in range(len(b[0])):
            s = 0
            for k in range(len(b)):
                s += a[i][k] * b[k][j]
            c[i][j] = s
    return c

def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for j in range(n):
        minor = []
        for i in range(1, n):
            minor.append(m[i][:j] + m[i][j + 1:])
        sign = 1
        if j % 2:
            sign = -1
        total += sign * m[0][j] * det(minor)
    return total

def mat_pow(m, e):
    result = identity(len(m))
    while e > 0:
        if e % 2 == 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e //= 2
    return result

def show(name, m):
    print(name)
    for row in m:
        print("  " + row_str(row))

def row_str(row):
    parts = []
    for v in row:
        parts.append(str(v).rjust(8))
    return "".join(parts)

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("A", a)
show("B", b)
show("A x B", matmul(a, b))
show("B x A", matmul(b, a))
show("A^T", transpose(a))
m = [[2, -1, 0], [1, 3, 2], [0, 5, -4]]
print("det", det(m), det(identity(4)), det([[1, 2], [2, 4]]))
fibm = mat_pow([[1, 1], [1, 0]], 90)
print("fib(90) via matrix", fibm[0][1])
show("M^5", mat_pow(m, 5))
h = zeros(3, 3)
for i in range(3):
    for j in range(3):
        h[i][j] = 1 / (i + j + 1)
show("Hilbert", h)
print("det Hilbert", det(h))
try:
    matmul(a, a)
except ValueError as e:
    print("error:", e)
