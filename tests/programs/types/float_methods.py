# float's methods and attributes, float() parsing, nan/inf semantics and round(x, n).


def show(label, f, a):
    try:
        print(label, repr(a), "->", repr(f(a)))
    except Exception as e:
        print(label, repr(a), "!!", type(e).__name__ + ":", e)


values = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 1e300, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e308, 123456789.125, 2.0 ** 53 + 2, float("inf"), float("-inf"), float("nan")]
for x in values:
    show("is_integer", float.is_integer, x)
    show("as_integer_ratio", float.as_integer_ratio, x)
    show("hex", float.hex, x)
    show("conjugate", float.conjugate, x)
    print("real/imag", repr(x.real), repr(x.imag), repr(x.conjugate()))
    back = float.fromhex(x.hex())
    print("round trip", back == x or (back != back and x != x))

hexes = ["0x1.8p1", "0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023",
         "0x2p1023", "inf", "-Infinity", "nan", "  0x1p0  ", "1", "ff", "0x", "0x.8", "0x8.", ".", "", "0x1p",
         "0x1p+", "0x1.p2", "-0x1p-2", "0X1P2", "0x1_0p0", "0x1p99999999999999999999", "0x1p-99999999999999999999",
         "0x0p99999999999999999999", "0x.0000000000001p-1022", "0x0.0000000000000800p-1022", "  -0X.1P+4\n", "+ 0x1",
         "0xg", "1p1", "0x1e3", "0x1.0000000000000000000000000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0"]
for h in hexes:
    show("fromhex", float.fromhex, h)
for bad in [1, None, 1.5]:
    show("fromhex", float.fromhex, bad)
print(repr((2.5).fromhex("0x1p3")))

texts = ["nan", "-nan", "+nan", "NaN", "inf", "-inf", "+inf", "infinity", "-Infinity", "INFINITY", "iNf", "infinit",
         "nana", " nan ", "  1.5  ", "1_000.5", "1__0", "1_.5", "1._5", "1e1_0", "_1", "1_", "1e", "1e+", ".e1", ".5",
         "5.", ".", "", " ", "0x10", "1,5", "\u0661.\u0665", "\u00a01.5\u2003", "1e400", "-1e400", "1e-400",
         "0.1e-5", "12345678901234567890", "-0", "+.5e-1", "1.5j", "- 1", "0_0.0_0e0_0", "9" * 400]
for t in texts:
    show("float", float, t)
for v in [10 ** 400, 2 ** 1023, -(2 ** 1024), True, None, [], "x"]:
    show("float", float, v)

nan = float("nan")
inf = float("inf")
big = 10 ** 400
print(nan == nan, nan != nan, nan < 1, nan > 1, nan >= nan, nan <= inf, [nan] == [nan])
print(inf > big, -inf < -big, big < inf, big > 1e308, 1e308 < big, inf == inf, -inf < inf, inf - inf != inf - inf)
print(2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 < 2.0 ** 53 + 2)
print(hash(inf), hash(-inf), hash(1.0), hash(1.5), hash(-1.0), hash(-0.5), hash(1e100), hash(2.0 ** 61),
      hash(2.0 ** 62), hash(0.1), hash(-0.0), hash(5e-324), hash(1e308), hash(-1e-300))
print(hash(2.5) == hash(5 / 2), hash(3.0) == hash(3), hash(2.0 ** 70) == hash(2 ** 70), hash(-1.0) == hash(-1))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len({nan, nan}), len({0.0, -0.0, 0}))

for x, nd in [(2.5, None), (3.5, None), (-2.5, None), (2.675, 2), (1.5, 0), (15.0, -1), (25.0, -1),
              (1234.5678, -2), (1234.5678, 2), (0.5, 1), (1e300, -300), (1e300, 400), (1.23, -400), (-1.23, -400),
              (inf, 2), (nan, 2), (-0.0, None), (-0.4, None), (-0.4, 0), (1e20, None), (0.1 + 0.2, 15),
              (1e-320, 320), (5e-324, 330), (123456789.123456789, 5), (0.285, 2), (1.0000000000000002, 16),
              (-1e-10, 5), (2.5, 2 ** 70), (2.5, -(2 ** 70)), (1e22, -22), (5e22, -23), (1.5e-5, 5), (inf, None),
              (nan, None), (2.5, 1.0), (2.5, "1")]:
    try:
        if nd is None:
            print("round", repr(x), repr(round(x)))
        else:
            print("round", repr(x), repr(nd), repr(round(x, nd)))
    except Exception as e:
        print("round", repr(x), repr(nd), "!!", type(e).__name__ + ":", e)
for v in [5, 15, 25, -25, 2 ** 70 + 5, True]:
    print("round int", repr(v), round(v), round(v, 1), round(v, -1), round(v, -2), round(v, None))
print(round(number=2.5), round(2.5, ndigits=0), round(-0.5), round(0.5), round(1.5))
for call in ["round()", "round(1, 2, 3)", "round('x')", "round(x=1)"]:
    try:
        if call == "round()":
            round()
        elif call == "round(1, 2, 3)":
            round(1, 2, 3)
        elif call == "round('x')":
            round("x")
        else:
            round(x=1)
    except TypeError as e:
        print(call, "!!", e)
try:
    (1.5).hex(1)
except TypeError as e:
    print(e)
try:
    (1.5).is_integer(x=1)
except TypeError as e:
    print(e)
try:
    float.fromhex()
except TypeError as e:
    print(e)
try:
    float.fromhex("1", "2")
except TypeError as e:
    print(e)
try:
    float.fromhex(x="1")
except TypeError as e:
    print(e)
try:
    float(x=1)
except TypeError as e:
    print(e)
try:
    float(1, 2)
except TypeError as e:
    print(e)
print(float(), float(-0.0), float(" -7 "), divmod(7.5, 2), divmod(-7.5, 2), (7.5).__divmod__(-2))
