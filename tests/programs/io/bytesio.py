# _io.BytesIO: reading, writing, positions, readinto, closing.
import _io


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = _io.BytesIO(b"line one\nline two\nend")
print(b.read(4), b.readline(), b.tell())
print(b.readlines())
print(b.read(), b.read(5), b.tell())
b.seek(0)
print(list(b))
print(b.seek(-3, 2), b.read(), b.seek(2), b.seek(3, 1), b.read(2))
print(b.seek(30), b.write(b"X"), len(b.getvalue()), b.getvalue()[-4:])
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(0)
print(b.read1(2), b.read1(), b.read1())
buf = bytearray(3)
b.seek(1)
print(b.readinto(buf), buf)
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())

w = _io.BytesIO()
print(w.write(b"ab"), w.write(bytearray(b"cd")), w.write(memoryview(b"ef")))
w.writelines([b"g", b"h\n", b"i"])
print(w.getvalue(), w.tell())
w.seek(1)
w.write(b"Z")
print(w.getvalue())
w.seek(0)
print(w.readlines(3), w.readlines())
print(_io.BytesIO(b"x\ny\nz").readlines(1))

with _io.BytesIO(b"data") as f:
    print(f.read(), f.closed)
print(f.closed)
for op in [f.read, f.getvalue, f.tell, lambda: f.write(b"x"), lambda: f.seek(0), f.readline, lambda: iter(f) is f, f.readable, f.flush]:
    attempt(op)

attempt(lambda: _io.BytesIO("x"))
attempt(lambda: _io.BytesIO(5))
attempt(lambda: _io.BytesIO().write("x"))
g = _io.BytesIO(b"abc")
attempt(lambda: g.seek(-1))
attempt(lambda: g.seek(-10, 1))
attempt(lambda: g.seek(0, 3))
attempt(lambda: g.seek(1.5))
attempt(lambda: g.truncate(-1))
attempt(lambda: g.read("x"))
print(isinstance(g, _io._BufferedIOBase), [c.__name__ for c in type(g).__mro__])
print(_io.BytesIO(initial_bytes=b"kw").read())
