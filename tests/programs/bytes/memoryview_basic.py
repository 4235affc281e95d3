# bytes: memoryview over bytes and bytearray — length, indexing, slicing, tobytes/tolist/hex, attributes, ==
ba = bytearray(b"abcdef")
m = memoryview(ba)
print(len(m), m[0], m[-1], m[1:3].tobytes(), m[::2].tolist(), m[::-1].tobytes(), m[1:][1:].tobytes(), m[4:2].tobytes())
print(m.tolist(), m.hex(), m.hex(":"), m[::2].hex("-", 2), list(m[:3]), [x for x in m[::-2]])
print(m.readonly, memoryview(b"x").readonly, m.format, m.itemsize, m.nbytes, m[::2].nbytes, m.ndim, m.shape, m.strides, m[::2].strides, m[::-1].strides)
print(m.obj is ba, memoryview(b"q").obj, m.contiguous, m[::2].contiguous, m[::2].c_contiguous, m.f_contiguous, m.suboffsets, m[:1][::1].contiguous)
print(m == b"abcdef", m == ba, m == m, m[::2] == b"ace", m != b"x", m == "abcdef", m == [97, 98, 99, 100, 101, 102], b"abcdef" == m, ba == m)
print(m[1:3] == m[1:3], memoryview(b"ab") == memoryview(bytearray(b"ab")), m[:0] == b"")
print(bytes(m), bytes(m[1:3]), bytearray(m[::2]), b"x" + m, bytearray(b"y") + m[:2], b"-".join([m[:1], m[1:2]]))
print(97 in m, b"a" in m, 120 in m, bool(memoryview(b"")), bool(m), m.tobytes("A"), m.tobytes(order="C"), m.tobytes(None))
print(hash(memoryview(b"ab")) == hash(b"ab"), hash(memoryview(b"abc")[::2]) == hash(b"ac"), m.toreadonly().readonly, m.toreadonly() == m)
print(memoryview(m).obj is ba, memoryview(m)[2], type(m).__name__, type(iter(m)).__name__, isinstance(m, memoryview))
print(b"ab".startswith(memoryview(b"a")), b"abc".find(memoryview(b"c")), b"%s" % m[2:4], int.from_bytes(memoryview(b"\x01\x02"), "little"))

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("str", lambda: memoryview("x"))
attempt("int", lambda: memoryview(1))
attempt("no args", lambda: memoryview())
attempt("two args", lambda: memoryview(b"a", b"b"))
attempt("index out", lambda: m[6])
attempt("key str", lambda: m["x"])
attempt("key float", lambda: m[1.5])
attempt("less than", lambda: m < b"z")
attempt("writable hash", lambda: hash(m))
attempt("add", lambda: m + b"x")
attempt("mul", lambda: m * 2)
attempt("tolist arg", lambda: m.tolist(1))
attempt("tobytes order", lambda: m.tobytes("X"))
attempt("unknown attr", lambda: m.foo)
attempt("set readonly", lambda: setattr(m, "readonly", True))

def delete():
    del m[0]

attempt("del item", delete)
