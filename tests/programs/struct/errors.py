# _struct: struct.error and the other exceptions, with CPython's messages.
import _struct as s


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


for fmt in ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "<i", "<I", "<l", "<L", "<h", "<H", "<q", "<Q", "=H", ">b",
            ">B", ">h", ">H", ">i", ">I", ">l", ">L", ">q", ">Q", "!h", "!Q", "P", "e", "<f", "f", "d"]:
    for v in (2**70, -2**70, -1, 2**31, 70000, 300, 2**63, 2**64, -2**63 - 1, 1.5, "x"):
        t(lambda: s.pack(fmt, v))
for v in (1e300, 65520.0, 3.5e38):
    t(lambda: s.pack("e", v))
    t(lambda: s.pack(">f", v))
t(lambda: s.pack("d", 2**2000))
t(lambda: s.pack("c", b"ab"))
t(lambda: s.pack("c", "a"))
t(lambda: s.pack("c", 1))
t(lambda: s.pack("s", "a"))
t(lambda: s.pack("p", 1))
for fmt in ["<n", "<N", ">P", "z", "3", "i3", "4 i", "é"]:
    t(lambda: s.calcsize(fmt))
t(lambda: s.calcsize("999999999999999999999q"))
t(lambda: s.calcsize(1))
t(lambda: s.pack("i", 1, 2))
t(lambda: s.pack("ii", 1))
t(lambda: s.pack())
t(lambda: s.pack("i", x=1))
t(lambda: s.unpack("i", b"abc"))
t(lambda: s.unpack("i", "abcd"))
t(lambda: s.unpack("i", 5))
t(lambda: s.unpack("i"))
t(lambda: s.unpack_from("i", b"abc", 1))
t(lambda: s.unpack_from("i", b"abcdefg", -2))
t(lambda: s.unpack_from("i", b"abcdefg", -20))
t(lambda: s.unpack_from("i", b"abcd", 1.0))
t(lambda: s.unpack_from("i", buffer=b"abcd", offset=0))
t(lambda: s.unpack_from("i", b"abcd", offset=0, x=1))
t(lambda: s.iter_unpack("i", b"abc"))
t(lambda: s.iter_unpack("", b"abc"))
t(lambda: s.iter_unpack("i", 5))
t(lambda: s.pack_into("i", bytearray(3), 0, 1))
t(lambda: s.pack_into("i", bytearray(8), 6, 1))
t(lambda: s.pack_into("i", bytearray(8), -9, 1))
t(lambda: s.pack_into("i", bytearray(8), -2, 1))
t(lambda: s.pack_into("i", bytes(8), 0, 1))
t(lambda: s.pack_into("i", [0] * 8, 0, 1))
t(lambda: s.pack_into("i", bytearray(8)))
t(lambda: s.pack_into("i"))
t(lambda: s.pack_into("i", bytearray(8), 0))
t(lambda: s.pack_into("i", bytearray(8), 0, 1, 2))
t(lambda: s.Struct())
t(lambda: s.Struct(1))
t(lambda: s.Struct("i", "h"))
t(lambda: s.Struct("q").unpack_from(b"abcd", 1))
t(lambda: s.Struct("q").unpack(b"abcd"))
t(lambda: s.Struct("q").pack())
t(lambda: s.Struct.pack(5, 1))
st = s.Struct("i")
for f in [lambda: s.pack_into("i", x=1), lambda: s.unpack("i", x=1), lambda: s.iter_unpack("i", x=1),
          lambda: s.calcsize(x=1), lambda: st.pack(x=1), lambda: st.pack_into(x=1), lambda: st.unpack(x=1),
          lambda: st.iter_unpack(x=1), lambda: s._clearcache(1), lambda: st.unpack(), lambda: s.calcsize(),
          lambda: s.iter_unpack("i"), lambda: st.iter_unpack(b"abc"), lambda: st.pack_into(bytearray(2), 0, 1)]:
    t(f)
print(s.error, s.error.__mro__, s.error.__module__, s.error.__name__)
print(issubclass(s.error, Exception), isinstance(s.error("x"), Exception))
try:
    s.pack("b", 999)
except s.error as e:
    print("caught", e.args)
s.unpack("<h", b"\x00")
