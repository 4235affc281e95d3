# open() in text and binary modes through _io: encodings, errors, newlines,
# buffering, the layers under a text file, and their classes.
import _io

path = "/tmp/krait_test_io_open.txt"


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


with open(path, "w", encoding="utf-8") as f:
    print(type(f) is _io.TextIOWrapper, isinstance(f, _io._TextIOBase), repr(f))
    print(f.write("héllo\n"), f.write("second\r\nthird\rfourth\n"))
    print(f.encoding, f.errors, f.line_buffering, f.write_through, f.newlines)
    print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.raw.mode, f.buffer.raw.closefd)
    print(f.name, f.buffer.name, f.buffer.raw.name, f.mode, f.buffer.mode)
print(f.closed, f.buffer.closed, f.buffer.raw.closed, repr(f.buffer.raw))

with open(path, "rb") as b:
    print(type(b) is _io.BufferedReader, repr(b), b.read())

with open(path, encoding="utf-8") as f:
    print(f.readlines(), f.newlines)
with open(path, encoding="utf-8", newline="") as f:
    print(f.readlines())
with open(path, encoding="utf-8", newline="\r") as f:
    print(f.readlines())
with open(path, encoding="utf-8", newline="\n") as f:
    print(f.readlines())
with open(path, encoding="utf-8", newline="\r\n") as f:
    print(f.readlines())
with open(path, encoding="latin-1") as f:
    print(repr(f.readline()), f.encoding)
with open(path, encoding="ascii", errors="replace") as f:
    print(repr(f.readline()))
with open(path, encoding="ascii", errors="ignore") as f:
    print(repr(f.readline()))
attempt(lambda: open(path, encoding="ascii").read())

with open(path, "w", encoding="latin-1") as f:
    f.write("café\n")
with open(path, "rb") as f:
    print(f.read())
attempt(lambda: open(path, "w", encoding="ascii").write("café"))
with open(path, "w", encoding="ascii", errors="replace") as f:
    f.write("café")
print(open(path, "rb").read())

# Buffering: 0 gives the raw file in binary mode; text refuses it.
for buffering in [0, -1, 100]:
    with open(path, "rb", buffering=buffering) as f:
        print(buffering, type(f).__name__, f.read())
attempt(lambda: open(path, "r", buffering=0))
with open(path, "w", buffering=1) as f:
    print(f.line_buffering)

# Writes are buffered until flush (another reader sees them after).
w = open(path, "w")
w.write("pending")
w.flush()
print(open(path).read())
w.close()

# Mixed reading and writing, seek and tell.
with open(path, "w+") as f:
    f.write("0123456789\nabc\n")
    print(f.tell(), f.seek(0), f.readline(), f.tell())
    f.seek(0, 2)
    f.write("end\n")
    f.seek(0)
    print(f.read())
    attempt(lambda: f.seek(1, 1))
    attempt(lambda: f.seek(1, 2))
    attempt(lambda: f.seek(-1))
    attempt(lambda: f.seek(0, 5))
    print(f.seek(0, 1) == f.tell(), f.truncate(4), f.seek(0), f.read())
with open(path) as f:
    next(f)
    attempt(f.tell)
with open(path, "r+b") as f:
    print(repr(f), f.peek(2)[:2], f.read1(2), f.read(1), f.tell())
    print(f.write(b"XY"), f.seek(0), f.read())
    buf = bytearray(2)
    f.seek(1)
    print(f.readinto(buf), buf)
with open(path, "ab") as f:
    print(f.tell(), f.mode, repr(f))

# The layers share one position.
with open(path, "wb") as f:
    f.write(b"abc\ndef\n")
with open(path, "rb") as f:
    print(f.raw.read(2), f.read(2), f.readline(), f.raw.tell())

# TextIOWrapper over an in-memory buffer.
bio = _io.BytesIO()
t = _io.TextIOWrapper(bio, encoding="utf-8")
print(repr(t), t.write("x\ny"), bio.getvalue())
t.flush()
print(bio.getvalue())
t.seek(0)
print(t.read(), t.buffer is bio)
t2 = _io.TextIOWrapper(_io.BytesIO(b"a\r\nb\rc"), newline=None)
print(t2.readlines(), t2.newlines)
t3 = _io.TextIOWrapper(_io.BytesIO(), line_buffering=True)
t3.write("line\n")
print(t3.buffer.getvalue())
r = _io.BufferedReader(_io.BytesIO(b"one\ntwo\n"))
print(repr(r), r.readline(), r.read())
bw = _io.BufferedWriter(_io.BytesIO())
print(bw.write(b"xyz"), bw.raw.getvalue(), bw.flush(), bw.raw.getvalue())
attempt(lambda: _io.BufferedReader(_io.FileIO(path, "w")))
attempt(lambda: _io.TextIOWrapper(_io.BytesIO(), encoding="nope"))
attempt(lambda: _io.TextIOWrapper(_io.BytesIO(), newline="x"))
d = _io.TextIOWrapper(_io.BytesIO(b"z"))
raw = d.detach()
print(type(raw).__name__, raw.read())
attempt(d.read)
