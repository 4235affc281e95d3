# sys.excepthook / sys.__excepthook__ and sys.unraisablehook: the default hooks print
# to sys.stderr (whatever it is at the time), and a replaced excepthook reports the
# exception that ends the program.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")

    def text(self):
        # Tracebacks name this file by its full path; keep only the base name.
        out = []
        for line in "".join(self.parts).split("\n"):
            if line.startswith('  File "'):
                rest = line[len('  File "'):]
                path, _, tail = rest.partition('"')
                line = '  File "' + path.rsplit("/", 1)[-1] + '"' + tail
            # Object addresses differ from run to run.
            while " at 0x" in line:
                head, _, tail = line.partition(" at 0x")
                line = head + tail[tail.index(">"):]
            out.append(line)
        return "\n".join(out)


def captured(f, *args):
    old = sys.stderr
    sys.stderr = cap = Capture()
    try:
        f(*args)
    finally:
        sys.stderr = old
    print(cap.text())


print(sys.excepthook is sys.__excepthook__, sys.excepthook)
print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook)


def fail(n):
    if n == 0:
        raise ValueError("deep")
    fail(n - 1)


try:
    fail(2)
except ValueError as e:
    captured(sys.excepthook, type(e), e, e.__traceback__)
    # The traceback argument is used only when the exception never had one.
    tb = e.__traceback__
    e.__traceback__ = None
    captured(sys.excepthook, ValueError, e, tb)
    captured(sys.excepthook, ValueError, e, None)
    fresh = ValueError("fresh")
    captured(sys.excepthook, ValueError, fresh, tb)
    print(fresh.__traceback__ is not None)

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    captured(sys.excepthook, RuntimeError, e, e.__traceback__)


class MyError(Exception):
    pass


captured(sys.excepthook, MyError, MyError(), None)
captured(sys.excepthook, int, 5, None)
print(sys.excepthook(TypeError, TypeError("to the real stderr"), None))

for args in [(), (1, 2), (1, 2, 3, 4)]:
    try:
        sys.excepthook(*args)
    except TypeError as e:
        print("TypeError:", e)
for f in [sys.excepthook, sys.unraisablehook]:
    try:
        f(ValueError, ValueError(), None, x=1)
    except TypeError as e:
        print("TypeError:", e)

# Unraisable exceptions: __del__ raising.


class Noisy:
    def __init__(self, exc):
        self.exc = exc

    def __del__(self):
        raise self.exc


def drop(exc):
    n = Noisy(exc)
    del n


captured(drop, ValueError())
captured(drop, MyError("with message"))

seen = []


def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, u.object.__qualname__, type(u).__name__))
    print("fields:", u.exc_type is type(u.exc_value), u.exc_traceback is not None, len(u), u[3])


sys.unraisablehook = hook
drop(KeyError("k"))
print(seen)


def bad_hook(u):
    raise OSError("hook failed")


sys.unraisablehook = bad_hook
captured(drop, KeyError("lost"))
sys.unraisablehook = None
captured(drop, IndexError("to the default hook"))
del sys.unraisablehook
captured(drop, IndexError("no hook at all"))
sys.unraisablehook = sys.__unraisablehook__
for bad in [(), (1,)]:
    try:
        sys.unraisablehook(*bad)
    except TypeError as e:
        print("TypeError:", e)


def my_hook(t, v, tb):
    print("my_hook:", t.__name__, v, tb.tb_lineno == v.__traceback__.tb_lineno, tb.tb_lineno)
    sys.__excepthook__(t, v, tb)


sys.excepthook = my_hook
print("raising")
fail(1)
