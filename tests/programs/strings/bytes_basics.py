b = b"hello\n\x00'"
print(b, len(b), b[0], b[1:3], list(b[:3]), b"ll" in b, 104 in b)
print("héllo".encode(), "héllo".encode("utf-8").decode(), bytes([65, 66]), bytes(3), b"a" + b"b", b"ab" * 2)
print(b"x,y,z".split(b","), b" a b ".strip(), b"-".join([b"a", b"b"]), b"abc".hex(), b"AbC".lower())
print(b"abc" == b"abc", b"a" < b"b", hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], bytes("hi", "ascii"))
for x in b"ab": print(x)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("err", e)
print(repr(b'"'), repr(b"it's"), str(b"x"))
