# _struct: every format character in every byte order, sizes and native alignment.
import _struct as s

for fmt in ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "P", "e", "f", "d", "?", "c", "x", "s", "p",
            "<l", ">q", "=i", "!H", "@i", "3s", "10p", "0s", "5x", "bi", "@bi", "=bi", "ib", "@b0i", "<b0i", "hq", "cd?",
            " 2h 3i ", "", "@xL", "!4Hx"]:
    print(repr(fmt), s.calcsize(fmt))

vals = {"b": -5, "B": 200, "h": -1234, "H": 60000, "i": -2**31, "I": 2**32 - 1, "l": -2**63, "L": 2**64 - 1,
        "q": 123456789012345, "Q": 2**63, "n": -7, "N": 7, "e": 1.5, "f": 0.1, "d": 3.141592653589793, "?": True}
for order in "@=<>!":
    for c, v in vals.items():
        if order != "@" and c in "nN":
            continue
        if order != "@" and c in "lL":
            v = v >> 32
        p = s.pack(order + c, v)
        print(order + c, p, s.unpack(order + c, p))
print(s.pack("P", 1234), s.unpack("P", s.pack("P", -1)))

print(s.pack("<hbi", 1, 2, 3), s.pack("@hbi", 1, 2, 3), s.pack(">3h", 1, 2, 3))
print(s.pack("c3s2p?", b"z", b"abcdef", b"xyz", 0))
print(s.unpack("c3s2p?", b"zabc\x05q\x07"))
print(s.pack("5s", b"ab"), s.pack("2s", bytearray(b"abcd")), s.pack("0s", b"x"), s.pack("0p", b"x"))
print(s.pack("4p", b"abcdefg"), s.unpack("4p", b"\x09abc"), s.pack("300p", b"y" * 300)[:3])
print(s.pack("?", []), s.pack("?", "x"), s.unpack("??", b"\x00\x02"))
print(s.pack("e", 65519.0), s.pack("<e", 1e-10), s.pack(">e", float("inf")), s.pack("e", -0.0))
print(s.unpack("<e", b"\x00\x7c"), s.unpack("<e", b"\x01\x00"), s.unpack(">e", b"\x3c\x00"), s.unpack("<e", b"\xff\x7b"))
print(s.unpack("<e", s.pack("<e", 0.1)), s.unpack("<e", s.pack("<e", 1/3)), s.unpack("<e", s.pack("<e", 2049.0)))
print(s.unpack("<e", s.pack("<e", 2051.0)), s.unpack("<e", s.pack("<e", 6e-8)), s.unpack("<e", s.pack("<e", 3e-8)))
print(s.pack("f", 1e300), s.pack("f", 3.4e38), s.unpack("<f", s.pack("<f", 0.1)), s.unpack("d", s.pack("d", 1e300)))


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


print(s.pack("i", Idx()), s.pack("<q", Idx()), s.pack("d", Idx()), s.pack("f", Flt()), s.pack("b", True))

# Struct objects.
st = s.Struct("<ih2s")
print(st.format, st.size, st.pack(1, -2, b"ok"), st.unpack(b"\x01\x00\x00\x00\xfe\xffok"))
print(st.unpack_from(b"..\x01\x00\x00\x00\xfe\xffok!", 2), st.unpack_from(b"\x05\x00\x00\x00\x00\x00xy", offset=0))
print(s.Struct(b">H").format, s.Struct(format="b").size, type(st).__name__, type(st).__module__)
buf = bytearray(12)
st.pack_into(buf, 2, 7, 8, b"zz")
s.pack_into(">h", buf, -2, 258)
print(buf)
mv = memoryview(buf)
s.pack_into("B", mv, 0, 255)
print(buf, s.unpack_from("<i", buf, -10), s.unpack_from("B", memoryview(b"abc"), 1))
it = s.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")
print(type(it).__name__, it.__length_hint__(), next(it), list(it), it.__length_hint__())
print(list(st.iter_unpack(bytes(16))))
print(s.unpack("2i", bytearray(8)), s.unpack("i", memoryview(b"\x01\x02\x03\x04")))
s._clearcache()


class Rec(s.Struct):
    def __init__(self, fields):
        super().__init__("<" + "i" * fields)
        self.fields = fields

    def total(self, data):
        return sum(self.unpack(data))


r = Rec(3)
print(r.fields, r.size, r.format, r.total(r.pack(1, 2, 3)), isinstance(r, s.Struct))


class Plain(s.Struct):
    pass


print(Plain(">q").pack(-1))
