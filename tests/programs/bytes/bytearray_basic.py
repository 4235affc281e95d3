# bytes: bytearray constructors, repr, indexing, slicing, iteration, operators and comparisons with bytes
class IX:
    def __index__(self):
        return 3

for args in [(), (3,), (b"ab",), ("h\u00e9", "utf-8"), ([1, 2, 255],), (range(65, 70),), (bytearray(b"xy"),),
             (memoryview(b"mv"),), (iter([104, 105]),), (IX(),), ("abc", "ascii", "strict")]:
    print(repr(bytearray(*args)))
print(bytearray(source=b"kw"), bytearray("x", encoding="latin-1"))
ba = bytearray(b"hello world")
print(len(ba), ba[0], ba[-1], ba[1:5], ba[::-1], ba[::3], ba[100:], ba[IX()])
print(list(ba[:3]), [c for c in bytearray(b"abc")], sum(bytearray(b"\x01\x02")))
print(repr(bytearray(b"a'b\"c")), repr(bytearray(b"it's")), str(bytearray(b"\x00\xff\n")))
print(bytearray(b"a") + b"b", b"a" + bytearray(b"b"), bytearray(b"a") + bytearray(b"b"), bytearray(b"a") + memoryview(b"m"))
print(bytearray(b"ab") * 2, 3 * bytearray(b"xy"), bytearray(b"ab") * 0, bytearray(b"ab") * -1)
print(bytearray(b"a") == b"a", b"a" == bytearray(b"a"), bytearray(b"a") != b"b", b"a" < bytearray(b"b"),
      bytearray(b"abc") >= b"abc", bytearray(b"b") > bytearray(b"abc"), bytearray() == bytearray())
print(bytearray(b"a") == "a", bytearray(b"1") == 1, bytearray(b"x") in [b"x"], b"x" in [bytearray(b"x")])
print(b"x" in bytearray(b"xy"), 120 in bytearray(b"x"), bytearray(b"a") in b"ab", memoryview(b"b") in b"ab")
print(bool(bytearray()), bool(bytearray(1)), type(bytearray(b"")).__name__)
print(bytes(bytearray(b"conv")), list(bytearray(b"\x05\x06")), bytearray(b"ab").decode(), str(bytearray(b"abc"), "ascii"))
print(str(b"\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), str(b"abc", encoding="latin-1"))
print(int.from_bytes(bytearray(b"\x01\x00"), "big"), isinstance(bytearray(), bytearray), isinstance(b"", bytearray))

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("hash", lambda: hash(bytearray()))
attempt("dict key", lambda: {bytearray(b"k"): 1})
attempt("set item", lambda: {bytearray()})
attempt("index", lambda: bytearray(b"abc")[5])
attempt("key type", lambda: bytearray(b"abc")["x"])
attempt("bad byte", lambda: bytearray([1, 2, 300]))
attempt("negative byte", lambda: bytearray([-1]))
attempt("str no encoding", lambda: bytearray("x"))
attempt("negative count", lambda: bytearray(-1))
attempt("float", lambda: bytearray(1.5))
attempt("none", lambda: bytearray(None))
attempt("int with encoding", lambda: bytearray(1, "utf-8"))
attempt("errors without str", lambda: bytearray(b"a", errors="strict"))
attempt("huge", lambda: bytearray(10 ** 20))
attempt("str item", lambda: bytearray(["a"]))
attempt("encode error", lambda: bytearray("\u00e9", "ascii"))
attempt("concat str", lambda: bytearray(b"a") + "b")
attempt("concat int", lambda: bytearray(b"a") + 1)
attempt("mul str", lambda: bytearray(b"a") * "b")
attempt("less than str", lambda: bytearray(b"a") < "b")
attempt("less than int", lambda: bytearray(b"a") < 1)
attempt("bytes less mv", lambda: b"a" < memoryview(b"b"))
