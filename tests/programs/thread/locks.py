# _thread.lock: acquire/release semantics, argument checks and messages.
import _thread

l = _thread.allocate_lock()
print(type(l), _thread.LockType, type(l) is _thread.LockType)
print(repr(l).split(" at ")[0])
print(l.locked(), l.acquire(), l.locked())
print(repr(l).split(" at ")[0])
# A held lock: non-blocking and zero-timeout attempts fail at once.
print(l.acquire(False), l.acquire(blocking=False), l.acquire(timeout=0), l.acquire(True, 0))
l.release()
print(l.locked())
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(_thread.error is RuntimeError)

cases = [
    ((), {"blocking": False, "timeout": 1}),
    ((True, -2), {}),
    ((True, -1), {}),
    ((True, -1.0), {}),
    ((True, 1e20), {}),
    ((True, 2 ** 70), {}),
    ((True, float("nan")), {}),
    ((True, None), {}),
    ((True, 1j), {}),
    (("x",), {}),
    ((1.5,), {}),
    ((None,), {}),
    ((2 ** 40,), {}),
    ((-2 ** 40,), {}),
    ((2 ** 70,), {}),
    ((1, 2, 3), {}),
    ((), {"foo": 1}),
    ((), {"blocking": 1}),
    ((0,), {}),
]
for args, kw in cases:
    try:
        print(args, kw, l.acquire(*args, **kw))
    except Exception as e:
        print(args, kw, type(e).__name__, e)
    if l.locked():
        l.release()

# Aliases and the context manager.
print(l.acquire_lock(), l.locked_lock())
l.release_lock()
with l as entered:
    print("in with", entered, l.locked())
print("after with", l.locked())
try:
    with l:
        raise ValueError("inside")
except ValueError as e:
    print("ValueError:", e, l.locked())
try:
    l.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    _thread.LockType()
except TypeError as e:
    print("TypeError:", e)
s = _thread._set_sentinel()
print(type(s) is _thread.LockType, s.locked(), s.acquire(), s.locked())
l._at_fork_reinit()
print(l.locked())
