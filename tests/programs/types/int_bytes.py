# int.to_bytes and int.from_bytes: byte orders, signedness, sizes, argument binding and
# CPython's errors.


def attempt(label, n, length, order, signed):
    try:
        print(label, n, length, order, signed, n.to_bytes(length, order, signed=signed))
    except (OverflowError, ValueError, TypeError) as e:
        print(label, n, length, order, signed, type(e).__name__ + ":", e)


values = [0, 1, -1, 127, 128, -128, -129, 255, 256, 65535, -32768, 2 ** 31 - 1, -(2 ** 31), 2 ** 63, -(2 ** 63),
          2 ** 64 - 1, 2 ** 70 + 12345, -(2 ** 70), True, False]
for n in values:
    for length in [0, 1, 2, 8, 9]:
        for order in ["big", "little"]:
            for signed in [False, True]:
                attempt("to", n, length, order, signed)
    if n >= 0:
        size = (n.bit_length() + 7) // 8
        data = n.to_bytes(size, "big")
        print("round trip", n, int.from_bytes(data, "big") == n, int.from_bytes(n.to_bytes(size, "little"), "little"))
    size = (n.bit_length() + 8) // 8
    print("signed round trip", n, int.from_bytes(n.to_bytes(size, "big", signed=True), "big", signed=True))

print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(), (1).to_bytes(length=3, byteorder="little"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b""), int.from_bytes(b"", signed=True), int.from_bytes([1, 2]), int.from_bytes((255,), signed=True))
print(int.from_bytes(range(3)), int.from_bytes(bytes=b"\x01", byteorder="little"), (5).from_bytes(b"\x07"))
print(bool.from_bytes(b"\x01"), bool.from_bytes(b"\x00\x00"), True.from_bytes(b"\x02"), type(int.from_bytes(b"\x01")).__name__)
print(int.from_bytes(b"\x80" + bytes(20), "big", signed=True), int.from_bytes(bytes(range(1, 30)), "little"))
print((1).to_bytes(1, "big", signed=2), (1).to_bytes(1, "big", signed=""), (1).to_bytes(1, "big", signed=None))

errors = [
    ("to_bytes(-1)", 0), ("to_bytes(1.0)", 1), ("to_bytes('middle')", 2), ("to_bytes(byteorder=1)", 3),
    ("to_bytes 3 positional", 4), ("to_bytes x=1", 5), ("to_bytes length twice", 6), ("to_bytes 2**70", 7),
    ("to_bytes(None)", 8), ("to_bytes(1, None)", 9), ("to_bytes 4 args", 10), ("from_bytes([256])", 11),
    ("from_bytes(['a'])", 12), ("from_bytes('ab')", 13), ("from_bytes(5)", 14), ("from_bytes()", 15),
    ("from_bytes mid", 16), ("from_bytes(byteorder=2)", 17), ("from_bytes 3 positional", 18), ("from_bytes x=1", 19),
    ("from_bytes([-1])", 20), ("from_bytes(byteorder=None)", 21), ("from_bytes mid before bad bytes", 22),
]
for label, k in errors:
    try:
        if k == 0:
            (1).to_bytes(-1, "big")
        elif k == 1:
            (1).to_bytes(1.0, "big")
        elif k == 2:
            (1).to_bytes(1, "middle")
        elif k == 3:
            (1).to_bytes(1, byteorder=1)
        elif k == 4:
            (1).to_bytes(1, "big", True)
        elif k == 5:
            (1).to_bytes(1, "big", x=1)
        elif k == 6:
            (1).to_bytes(1, byteorder="big", length=1)
        elif k == 7:
            (1).to_bytes(2 ** 70, "big")
        elif k == 8:
            (1).to_bytes(None)
        elif k == 9:
            (1).to_bytes(1, None)
        elif k == 10:
            (1).to_bytes(1, "big", signed=True, x=1)
        elif k == 11:
            int.from_bytes([256])
        elif k == 12:
            int.from_bytes(["a"])
        elif k == 13:
            int.from_bytes("ab")
        elif k == 14:
            int.from_bytes(5)
        elif k == 15:
            int.from_bytes()
        elif k == 16:
            int.from_bytes(b"\x01", "mid")
        elif k == 17:
            int.from_bytes(b"\x01", byteorder=2)
        elif k == 18:
            int.from_bytes(b"\x01", "big", True)
        elif k == 19:
            int.from_bytes(b"\x01", "big", x=1)
        elif k == 20:
            int.from_bytes([-1])
        elif k == 21:
            int.from_bytes(b"\x01", byteorder=None)
        else:
            int.from_bytes(5, "mid")
        print(label, "no error")
    except (OverflowError, ValueError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)
