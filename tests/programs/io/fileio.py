# _io.FileIO: opening by path or descriptor, raw reads and writes, attributes.
import _io

path = "/tmp/krait_test_io_fileio.bin"


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


f = _io.FileIO(path, "w")
print(repr(f), f.mode, f.name, f.closefd, f.writable(), f.readable(), f.seekable())
print(f.write(b"hello\nworld\n"), f.write(bytearray(b"!")), f.tell())
attempt(f.read)
f.close()
print(f.closed, repr(f))
attempt(lambda: f.write(b"x"))
attempt(f.fileno)

f = _io.FileIO(path)
print(f.mode, f.read(3), f.read(), f.read(), f.readall())
f.seek(0)
print(f.readall(), f.seek(-2, 2), f.read(), f.tell())
f.seek(0)
buf = bytearray(4)
print(f.readinto(buf), buf, f.readline(), f.readlines())
attempt(lambda: f.write(b"x"))
attempt(lambda: f.seek(0, 7))
fd = f.fileno()
g = _io.FileIO(fd, closefd=False)
g.seek(0)
print(g.name == fd, g.mode, g.closefd, g.read(5), g.isatty())
g.close()
print(f.closed, f.read(2))
f.close()

for mode in ["r", "w", "a", "x", "r+", "w+", "a+", "rb", "wb+"]:
    try:
        h = _io.FileIO(path if "x" not in mode else path + ".new", mode)
        print(mode, h.mode, h.readable(), h.writable())
        h.close()
    except OSError as e:
        print(mode, type(e).__name__, e.errno)
import posix
posix.remove(path + ".new")
attempt(lambda: _io.FileIO(path, "rt"))
attempt(lambda: _io.FileIO(path, "rw"))
attempt(lambda: _io.FileIO(path, "q"))
attempt(lambda: _io.FileIO("/tmp/krait_test_io_missing/x"))
attempt(lambda: _io.FileIO(path, closefd=False))
attempt(lambda: _io.FileIO(-1))
with _io.FileIO(path, "r") as r:
    print(r.read(2), [c.__name__ for c in type(r).__mro__])
print(r.closed)
print(open(path, "rb", buffering=0).read())
