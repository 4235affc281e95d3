# complex: arithmetic with int, float and bool operands, powers and unary operators
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, b / a)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a, True + a, a * False)
print(-a, +a, -(-0j), -complex(0, 0))
print(a ** 2, a ** -3, a ** 0, a ** 0.5, a ** b, 2 ** a, 2.5 ** a, a ** 101, 1j ** 100, 1j ** 101)
print((0j) ** 0, 0j ** 2, 0j ** 2.5, 1j ** 0.0, pow(1j, 2), pow(2, 1j))
print((-8) ** 0.5, (-8.0) ** (1 / 3), (-1) ** 0.5, (-2.5) ** 1.5)
print(complex(1e308, 1e308) * 2, (1e300 + 1e300j) ** 2, complex(float("inf"), 0) * 0)
print((1 + 1j) ** 1000)
print(sum([1j, 2, 3.5, 4 - 1j]), sum([0.5j] * 4, 1j))
x = 1j
x += 1
x *= 2
x -= 0.5j
x /= 2
x **= 2
print(x)
print(1e400j * 0, complex(2, 3) * complex(float("inf"), 0), (1 + 1j) / complex(float("inf"), float("inf")))
print((1 + 1j) / (1e-300 + 1e-300j), (5 + 0j) / 1e-320, 1 / (1 + 0j), 1j / 1j)
print(abs(3 + 4j), abs(1e300 + 1e300j), abs(-0j), abs(complex(float("nan"), 1)))
