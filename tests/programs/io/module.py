# The _io module's names: the exceptions, constants, helpers and the standard streams.
import _io
import sys

print(_io.DEFAULT_BUFFER_SIZE, _io.BlockingIOError is BlockingIOError)
U = _io.UnsupportedOperation
print(U.__name__, U.__module__, [c.__name__ for c in U.__mro__])
try:
    open(__file__).write("x")
except ValueError as e:
    print("ValueError caught", type(e).__name__, e)
try:
    raise U("custom")
except OSError as e:
    print("OSError caught", e, e.errno)
print(_io.text_encoding(None), _io.text_encoding("utf-8"), _io.text_encoding("latin-1", 3))
with _io.open_code(__file__) as f:
    print(type(f).__name__, f.read(1), f.mode)
try:
    _io.open_code(5)
except TypeError as e:
    print("TypeError", e)
print(_io.open(__file__).readline().strip())
for name in ["stdin", "stdout", "stderr"]:
    s = getattr(sys, name)
    print(name, isinstance(s, _io.TextIOWrapper), repr(s), s.encoding, s.errors, s.name, s.mode, s.fileno())
print(sys.stdout is sys.__stdout__, hasattr(sys.stdout.buffer, "write"), sys.stdout.writable(), sys.stdin.readable())
print(sys.stdout.write("written\n"))
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.writelines(["a", "b\n"])
print("to stderr", file=sys.stderr)
print(sys.stdin.read(), sys.stdin.readline(), list(sys.stdin))
names = ["BlockingIOError", "BufferedRWPair", "BufferedRandom", "BufferedReader", "BufferedWriter", "BytesIO",
         "DEFAULT_BUFFER_SIZE", "FileIO", "IncrementalNewlineDecoder", "StringIO", "TextIOWrapper",
         "UnsupportedOperation", "_BufferedIOBase", "_IOBase", "_RawIOBase", "_TextIOBase", "open", "open_code",
         "text_encoding"]
print(all(hasattr(_io, n) for n in names))
for n in names:
    v = getattr(_io, n)
    if isinstance(v, type):
        print(n, v.__module__, v.__name__, [b.__name__ for b in v.__bases__])
