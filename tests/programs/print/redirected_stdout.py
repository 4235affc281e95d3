# print() writes to whatever sys.stdout is at the time, one write per piece as
# CPython does; None makes it a no-op; flush=True calls the file's flush.
import sys, io, contextlib


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)
        return len(s)

    def flush(self):
        self.calls.append("<flush>")


buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
print("hi", 1, 2.5, sep="-")
sys.stdout = old
print(repr(buf.getvalue()))

r = Recorder()
print("a", "b", end="!\n", file=r, flush=True)
print(r.calls)

with contextlib.redirect_stdout(io.StringIO()) as f:
    print("captured")
print(repr(f.getvalue()))

sys.stdout = None
print("dropped")
sys.stdout = old
print("back")


class Bad:
    def __str__(self):
        raise ValueError("no str")


r = Recorder()
try:
    print("first", Bad(), file=r)
except ValueError as e:
    print("ValueError", e, r.calls)
