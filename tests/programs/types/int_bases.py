# int(text, base) for every base, with prefixes, signs, underscores and whitespace.
texts = ["0", "00", "-0", "+0", "1", "-1", "10", "z", "Z", "zz", "1z", "9", "19", "0x1f", "0X1F", "-0x1f", "0b101",
         "0B11", "0o17", "0O17", "0x", "0b", "0o", "0_1", "1_0", "1__0", "_1", "1_", "0x_1", "0x__1", "0b_", "010",
         "0_0", "00_0", "007", " 12 ", "\t-7\n", "+ 1", "--1", "", " ", "1 2", "0x1g", "12.0", "1e3",
         "\u0661\u0662", "\uff11\uff10", "\u00a012\u2003", "0xffffffffffffffffffff", "-0b" + "1" * 70,
         "zzzzzzzzzzzzzzzzzz", "Infinity", "abc_def", "0o_7", "0b1_0_1", "0x_", "0_", "_"]
bases = [0] + list(range(2, 37))
for b in bases:
    line = []
    for t in texts:
        try:
            line.append(str(int(t, b)))
        except ValueError as e:
            line.append("E")
    print(b, " ".join(line))
# The messages, for a few.
for t in ["12x", "0x", "", " ", "_1", "0b2", "\u00e9", "x" * 300, "010"]:
    for b in [0, 2, 10, 16, 36]:
        try:
            print(int(t, b))
        except ValueError as e:
            print(b, e)
# Base errors and argument errors.
for b in [1, -1, 37, 2 ** 70, -2 ** 70, True, False]:
    try:
        print(int("1", b))
    except ValueError as e:
        print("ValueError", e)
for args in [(1.5, 10), ("1", 2.0), ("1", "2"), ("1", None)]:
    try:
        print(int(args[0], args[1]))
    except TypeError as e:
        print("TypeError", e)
try:
    print(int(base=10))
except TypeError as e:
    print("TypeError", e)
try:
    print(int("1", 2, 3))
except TypeError as e:
    print("TypeError", e)
try:
    print(int("1", bas=2))
except TypeError as e:
    print("TypeError", e)
try:
    print(int("1", 2, base=2))
except TypeError as e:
    print("TypeError", e)
print(int("11", base=3), int(x="11") if False else 0, int(), int(True), int(-2.9), int(2.9), int(1e30))
for f in [float("inf"), float("-inf"), float("nan")]:
    try:
        print(int(f))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for v in [None, [], (1,), {}, "x"]:
    try:
        print(int(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
