# The rest of _thread with one thread: identity, counts, thread creation refused
# by krait (CPython starts the thread; both raise nothing here because the
# function is never called), _local, _ExceptHookArgs, interrupt_main.
import _thread

print(sorted(n for n in dir(_thread) if not n.startswith("__")))
i = _thread.get_ident()
print(type(i), i == _thread.get_ident(), _thread.get_native_id() > 0)
print(_thread._count(), _thread.TIMEOUT_MAX)
print(_thread.stack_size())
for size in (100, -1, 32768, 0):
    try:
        print(size, _thread.stack_size(size))
    except ValueError as e:
        print(size, "ValueError:", e)
for args in [(5, ()), (print, []), (print, (), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)

loc = _thread._local()
loc.x = 1
print(loc.x, hasattr(loc, "y"), type(loc).__name__)
try:
    _thread._local(1)
except TypeError as e:
    print("TypeError:", e)

class MyLocal(_thread._local):
    def __init__(self, v):
        self.v = v
m = MyLocal(5)
m.w = 6
print(m.v, m.w, isinstance(m, _thread._local))
del m.w
print(hasattr(m, "w"))

a = _thread._ExceptHookArgs([ValueError, ValueError("x"), None, None])
print(a.exc_type, a.exc_value, a.exc_traceback, a.thread, len(a), a[0])
print(repr(a))
try:
    _thread._ExceptHookArgs([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    _thread._excepthook((1, 2, 3, 4))
except TypeError as e:
    print("TypeError:", e)
print(_thread._excepthook(_thread._ExceptHookArgs([SystemExit, SystemExit(), None, None])))

# interrupt_main: the SIGINT handler (KeyboardInterrupt) runs right after the call.
try:
    _thread.interrupt_main()
    print("not reached")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)
for sig in (0, 65):
    try:
        _thread.interrupt_main(sig)
    except ValueError as e:
        print("ValueError:", e)

class T:
    name = "worker"
try:
    raise KeyError("k")
except KeyError as e:
    exc = e
_thread._excepthook(_thread._ExceptHookArgs([KeyError, exc, exc.__traceback__, T()]))
print("done")
