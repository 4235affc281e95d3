# _io.StringIO: reading, writing, positions, newline modes, closing.
import _io


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = _io.StringIO("hello\nworld\nlast")
print(s.read(3), repr(s.readline()), s.tell())
print(s.readlines())
print(repr(s.read()), repr(s.readline()), s.tell())
s.seek(0)
print([line for line in s])
s.seek(6)
print(s.write("WORLD"), repr(s.getvalue()))
print(s.seek(0, 2), s.write("!"), repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(8)
s.write("x")
print(repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering)

# Non-ASCII text: positions count code points.
u = _io.StringIO("héllo wörld\n✓ done\n")
print(repr(u.read(4)), u.tell(), repr(u.readline()), u.tell())
u.seek(1)
u.write("E")
print(repr(u.getvalue()), repr(u.readline()))

# Newline modes.
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = _io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(t.getvalue()), t.readlines(), t.newlines, t.tell())
w = _io.StringIO(newline="\r\n")
w.write("x\ny\n")
print(repr(w.getvalue()))
print(_io.StringIO().newlines, _io.StringIO(newline=None).newlines)

# Context manager and closing.
with _io.StringIO("abc") as f:
    print(f.read(), f.closed)
print(f.closed)
for op in [f.read, f.getvalue, f.tell, lambda: f.write("x"), lambda: f.seek(0), f.readline, lambda: iter(f), lambda: next(f), f.readable]:
    attempt(op)
f.close()

# Errors.
attempt(lambda: _io.StringIO(b"x"))
attempt(lambda: _io.StringIO(5))
attempt(lambda: _io.StringIO("x", newline="z"))
attempt(lambda: _io.StringIO(newline=5))
attempt(lambda: _io.StringIO().write(b"x"))
g = _io.StringIO("abc")
attempt(lambda: g.seek(-1))
attempt(lambda: g.seek(1, 1))
attempt(lambda: g.seek(1, 2))
attempt(lambda: g.seek(0, 3))
attempt(lambda: g.truncate(-1))
attempt(lambda: g.read("x"))
attempt(lambda: g.read(None))
attempt(lambda: g.readline(None))
print(type(g).__name__, type(g).__module__, [c.__name__ for c in type(g).__mro__])


class Upper(_io.StringIO):
    def readline(self, size=-1):
        return super().readline(size).upper()


print(list(Upper("one\ntwo\n")))
print(isinstance(g, _io._TextIOBase), isinstance(g, _io._IOBase))
g.writelines(["1", "2"])
print(repr(g.getvalue()))
