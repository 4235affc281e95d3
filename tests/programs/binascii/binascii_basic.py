# binascii: hex, base64, uuencode, quoted-printable, CRCs and their errors.
import binascii


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


data = bytes(range(256))
print(binascii.hexlify(b"\x00\xffabc"), binascii.b2a_hex(b"xyz"))
t(binascii.hexlify, b"abcdef", b"-")
t(binascii.hexlify, b"abcdef", ":", 2)
t(binascii.hexlify, b"abcde", sep="_", bytes_per_sep=-2)
t(binascii.hexlify, b"abcde", bytes_per_sep=2)
t(binascii.hexlify, b"abc", sep="--")
t(binascii.hexlify, b"abc", sep=1)
t(binascii.hexlify, "abc")
t(binascii.hexlify)
t(binascii.b2a_hex, memoryview(b"mv"))
t(binascii.b2a_hex, bytearray(b"ba"))
print(binascii.unhexlify(binascii.hexlify(data)) == data)
t(binascii.unhexlify, "6162")
t(binascii.a2b_hex, b"ABCDEF")
t(binascii.a2b_hex, "abc")
t(binascii.a2b_hex, "zz")
t(binascii.a2b_hex, "é1")
t(binascii.a2b_hex, 12)
t(binascii.unhexlify, b"61", b"62")

# base64
for n in range(7):
    enc = binascii.b2a_base64(data[:n])
    print(n, enc, binascii.b2a_base64(data[:n], newline=False), binascii.a2b_base64(enc) == data[:n])
print(binascii.a2b_base64(binascii.b2a_base64(data)) == data)
t(binascii.a2b_base64, "YW Jj\n!!ZA==")
t(binascii.a2b_base64, "YWJjZA=")
t(binascii.a2b_base64, "YWJjZ")
t(binascii.a2b_base64, "YWJjZA==trailing")
t(binascii.a2b_base64, "YQ==", strict_mode=True)
t(binascii.a2b_base64, "=YQ==", strict_mode=True)
t(binascii.a2b_base64, "YQ===", strict_mode=True)
t(binascii.a2b_base64, "YQ==Yg==", strict_mode=True)
t(binascii.a2b_base64, "Y Q==", strict_mode=True)
t(binascii.a2b_base64, "YQ=A=", strict_mode=True)
t(binascii.a2b_base64, "YWJj====", strict_mode=True)
t(binascii.a2b_base64, "YWJj", True)
t(binascii.b2a_base64, "str")

# uuencode
for n in (0, 1, 2, 3, 10, 45):
    enc = binascii.b2a_uu(data[:n])
    print(n, enc, binascii.b2a_uu(data[:n], backtick=True), binascii.a2b_uu(enc) == data[:n])
t(binascii.b2a_uu, b"x" * 46)
t(binascii.a2b_uu, b"")
t(binascii.a2b_uu, "#86)C\n")
t(binascii.a2b_uu, "#86)C  \n")
t(binascii.a2b_uu, "#86)Cxx")
t(binascii.a2b_uu, "#8\x016)C")
t(binascii.a2b_uu, "$86)C")

# quoted-printable
samples = [
    b"hello world",
    b"caf\xe9 = cost",
    b"trailing space \nnext\ttab\t\nend ",
    b"crlf line \r\nsecond\r\n",
    b"." + b"\n.\nx",
    b"a" * 100,
    b"b" * 74 + b"=" + b"c" * 10,
    b"under_score and space",
    b"\x00\x01\x7f\x80",
]
for s in samples:
    for kw in ({}, {"quotetabs": True}, {"istext": False}, {"header": True}):
        e = binascii.b2a_qp(s, **kw)
        print(kw, e, binascii.a2b_qp(e, header=kw.get("header", False)) == s)
t(binascii.a2b_qp, b"a=3Db=\nc=\r\nd==e=zz=4")
t(binascii.a2b_qp, "a_b=5f", header=True)
t(binascii.a2b_qp, data="x=")

# CRCs
print(binascii.crc32(b""), binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")))
print(binascii.crc32(b"hello world"), binascii.crc32(data), binascii.crc32(b"abc", -1), binascii.crc32(b"abc", 2**40 + 5))
print(binascii.crc_hqx(b"", 0), binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(data, 0xFFFF), binascii.crc_hqx(b"abc", -1))
t(binascii.crc32, b"abc", 1.5)
t(binascii.crc32, "abc")
t(binascii.crc_hqx, b"abc")
t(binascii.crc32, b"a", crc=1)

# the exceptions
print(binascii.Error.__mro__)
print(binascii.Incomplete.__mro__)
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.Error.__name__)
try:
    binascii.unhexlify("0")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
print(sorted(n for n in dir(binascii) if not n.startswith("_")))
