# int's methods and attributes, on small ints, big ints and bools.


def show(label, f, a):
    try:
        print(label, repr(a), "->", repr(f(a)))
    except Exception as e:
        print(label, repr(a), "!!", type(e).__name__ + ":", e)


values = [0, 1, -1, 5, -5, 255, -256, 2 ** 62 - 1, -(2 ** 62), 2 ** 62, 2 ** 63, -(2 ** 63), 2 ** 64 - 1, 2 ** 100,
          -(2 ** 100) + 1, 10 ** 30, True, False]
for x in values:
    print(repr(x), x.bit_length(), x.bit_count(), x.as_integer_ratio(), repr(x.conjugate()), repr(x.real),
          repr(x.imag), repr(x.numerator), repr(x.denominator), repr(x.__index__()), repr(int(x)))
    print("  ", int.bit_length(x), int.bit_count(x), int.as_integer_ratio(x), int.conjugate(x), type(x.real).__name__,
          type(x.conjugate()).__name__, type(x.as_integer_ratio()[0]).__name__)

for f in [(5).bit_length, (5).bit_count, (5).conjugate, (5).as_integer_ratio, (5).__index__]:
    show("one arg", f, 1)
try:
    (5).bit_length(x=1)
except TypeError as e:
    print(e)
try:
    (5).as_integer_ratio(x=1)
except TypeError as e:
    print(e)
for name in ["is_integer", "hex", "fromhex", "bit_lenght"]:
    try:
        if name == "is_integer":
            (5).is_integer()
        elif name == "hex":
            (5).hex()
        elif name == "fromhex":
            (5).fromhex("1")
        else:
            (5).bit_lenght()
    except AttributeError as e:
        print(e)
try:
    int.bit_length(5.0)
except TypeError as e:
    print(e)
try:
    int.bit_length()
except TypeError as e:
    print(e)
try:
    float.is_integer(1)
except TypeError as e:
    print(e)
print(int.bit_length(True), int.conjugate(True), float.is_integer(2.0), float.hex(1.0))

for v in [0, 7, -7, 2 ** 80, -(2 ** 80), True, 2.9, -2.9, 1e20, -0.0, 1.5e300, "12", " -12\n", "0012", "1_2",
          "\u0661\u0662", "١2", "+0", "12.5", "", "1e3", "0x10", None, [], (1,)]:
    show("int", int, v)
for s in ["1" * 4300, "1" * 4301, "-" + "1" * 4300]:
    try:
        print(len(str(int(s))))
    except ValueError as e:
        print(e)
