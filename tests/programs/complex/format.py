# complex: format() with format specs, f-strings and % formatting of complex numbers
z = 1 + 2j
specs = ["", ".2f", ">20", "<20", "^20", "*^20", "g", "e", "E", "G", "+", " ", "-", ".0", ".3", "n", "#", "#g", ".1e", "+.3e",
         ",", ",g", "_.2f", "z.1f", "10", "15.3f"]
for spec in specs:
    print(repr(spec), repr(format(z, spec)), repr(format(-1.5 - 2.25j, spec)), repr(format(1j, spec)))
print(format(123456.789 + 0.5j, "_.2f"), format(1e20 + 1j, ","), format(complex(-0.0, 2), ""), format(complex(-0.0, 2), "g"))
print(format(-0.0 - 0j, "z.1f"), format(complex(float("nan"), float("inf")), ".2f"), format(complex(float("nan"), float("-inf")), "F"))
print(f"{3-4j:*<15}|{z:10}|{z!r:>12}|{z!s}")
print("%s %r %10s|%-8s|" % (1j, 2j, 3j, 4j))
print("{} {:.1f} {z.real} {z.imag}".format(1j, 2 + 2j, z=z))
for bad in ["010", "=10", "d", "%", "s", "r", "x", "c", ".2%", "0>10"]:
    try:
        print(format(z, bad))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
