# complex: the special methods of complex called directly, and user classes mixing with complex
z = 1 + 2j
print(z.__add__(1), z.__radd__(2), z.__sub__(1j), z.__rsub__(1), z.__mul__(2), z.__rmul__(1j), z.__truediv__(2), z.__rtruediv__(1))
print(z.__pow__(2), z.__rpow__(2), z.__pow__(2, None), z.__neg__(), z.__pos__(), z.__abs__(), z.__bool__(), (0j).__bool__())
print(z.__eq__(1 + 2j), z.__ne__(z), z.__eq__("x"), z.__lt__(z), z.__add__("a"), z.__mul__([1]), z.__hash__() == hash(z), z.__repr__(), z.__str__())
print(complex.__add__(1j, 2), complex.conjugate(3 - 1j), complex.__format__(z, ".1f"), type(z).__name__, complex.__name__)
add = z.__add__
print(add(10), add(0.5j))
for f in [lambda: z.__pow__(2, 3), lambda: z.__add__(), lambda: z.__truediv__(0), lambda: z.__neg__(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Meters(self.v + other)
    def __radd__(self, other):
        return Meters(other + self.v)
    def __eq__(self, other):
        return isinstance(other, complex) and other == self.v
    def __repr__(self):
        return f"Meters({self.v!r})"

print(Meters(1j) + 2, 2j + Meters(1), 1j == Meters(1j), Meters(2j) == 2j, 1j != Meters(1j))

class Num:
    def __complex__(self):
        return 5 - 5j
    def __float__(self):
        return 1.0

print(complex(Num()), complex(Num(), 1), abs(complex(Num())))
