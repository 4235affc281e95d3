# The _io base classes: their default methods, and Python classes deriving from them.
import _io


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = _io._IOBase()
for name in ["seek", "tell", "truncate", "fileno", "readable", "writable", "seekable", "isatty", "flush",
             "_checkClosed", "_checkReadable", "_checkWritable", "_checkSeekable", "readline", "readlines"]:
    print(name, end=" ")
    attempt(getattr(b, name))
print(b.closed, b.__enter__() is b, iter(b) is b)
b.close()
print(b.closed)
for op in [b.flush, b.isatty, b.readable, lambda: b.writelines([]), lambda: iter(b), b.__enter__, b.close]:
    attempt(op)

r = _io._RawIOBase()
attempt(lambda: r.read(3))
attempt(r.readall)
attempt(lambda: r.readinto(bytearray(2)))
attempt(lambda: r.write(b""))
bb = _io._BufferedIOBase()
for op in [bb.read, bb.read1, lambda: bb.write(b""), bb.detach, lambda: bb.readinto(bytearray(2))]:
    attempt(op)
tb = _io._TextIOBase()
for op in [tb.read, tb.readline, lambda: tb.write(""), tb.detach]:
    attempt(op)
print(tb.encoding, tb.newlines, tb.errors)


class Chunks(_io._RawIOBase):
    """A raw stream over a list of byte strings, read by readinto."""

    def __init__(self, chunks):
        self.chunks = list(chunks)

    def readable(self):
        return True

    def readinto(self, b):
        if not self.chunks:
            return 0
        c = self.chunks.pop(0)
        b[: len(c)] = c
        return len(c)

    def close(self):
        print("closing Chunks")
        super().close()


c = Chunks([b"ab", b"c\nde", b"f\n"])
print(c.read(10), c.readline(), c.readall(), c.read())
with Chunks([b"x\ny\n", b"z"]) as c2:
    print(list(c2), c2.closed)
print(c2.closed)
print(Chunks([b"1\n", b"2\n", b"3"]).readlines())
print(Chunks([b"1\n", b"2\n", b"3"]).readlines(2))
attempt(lambda: next(c2))


class Lines(_io._TextIOBase):
    def __init__(self, text):
        self.lines = text.splitlines(keepends=True)
        self.out = []

    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ""

    def write(self, s):
        self.out.append(s)
        return len(s)

    def writable(self):
        return True


t = Lines("alpha\nbeta\ngamma")
print(next(t), list(t))
t.writelines(["p", "q"])
print(t.out, t.readable(), t.writable())


class Peeker(_io._BufferedIOBase):
    def __init__(self, data):
        self.data = data

    def peek(self, n=0):
        return self.data[:4]

    def read(self, n=-1):
        n = len(self.data) if n < 0 else n
        out, self.data = self.data[:n], self.data[n:]
        return out


p = Peeker(b"abcdef\nghi\nj")
buf = bytearray(3)
print(p.readline(), p.readinto(buf), buf, p.readline(2), p.readlines())


class BadRead(_io._RawIOBase):
    def read(self, n=-1):
        return "text"


attempt(lambda: BadRead().readline())


class WithFlush(_io._IOBase):
    def flush(self):
        print("flush called")
        super().flush()


w = WithFlush()
w.close()
w.close()
print(w.closed)
del c
print(_io._IOBase.__doc__ is not None, _io._RawIOBase.__mro__[1].__name__)
