# complex: literals, repr and str of complex numbers, including signed zeros, nan and inf
values = [
    1j, 2 + 3j, 2 - 3j, -2j, 0j, -0j, 1.5j, 1e16j, 1e-5j, 123456789012345678j,
    complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0), complex(1, 0), complex(-1, -0.0),
    complex(float("nan"), float("inf")), complex(float("-inf"), float("nan")),
    complex(1e300, -1e-300), complex(0.1, 0.2), complex(1 / 3, 2 / 3), -0 - 0j,
]
for v in values:
    print(repr(v), str(v), v.real, v.imag)

print(1j * 1j, (1 + 2j).conjugate(), (3 - 4j).conjugate().conjugate())
print(type(1j).__name__, type(1j) is complex, isinstance(2 + 3j, complex))
print([1j, 2j], (3j,), {"k": 4j})
print(f"{5j}", f"{1+1j!r}", str(-1j))
print(1_000j, 0x10 + 1j, 1e3j, 10.j, .5j)
z = 3 + 4j
print(z.real + z.imag, abs(z), abs(-z), abs(complex(float("inf"), float("nan"))))
print(bool(0j), bool(-0j), bool(1e-300j), bool(complex(0, 0)), not 1j)
print((1 + 2j).__complex__(), (1 + 2j).__getnewargs__())
