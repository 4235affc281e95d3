# ints: int() from strings with bases, whitespace, signs, underscores and from floats
print(int("42"), int("-42"), int("+7"), int("  123  "), int("\t-9\n"))
print(int("0"), int("-0"), int("000123"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("zz", 36), int("10", 3))
print(int("1_000_000"), int("0x_ff", 16))
print(int("123456789012345678901234567890"))
print(int("-99999999999999999999"))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20))
print(int(True), int(False), int(10))
print(int(2.5e15), int(-1.0))
print(int(123.0) == 123)
s = "12" + "34"
print(int(s) + 1)
print(int("  -0012 "))
vals = ["10", "-10", "  5", "0x1A", "zz"]
for v in vals:
    try:
        print(v.strip(), int(v))
    except ValueError as e:
        print("error:", e)
try:
    int("12.5")
except ValueError as e:
    print(e)
try:
    int("")
except ValueError as e:
    print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
print(int("11", base=2), int("11", base=16))
