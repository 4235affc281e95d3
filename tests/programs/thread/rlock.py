# _thread.RLock: owner counting and the helpers threading.Condition uses.
import _thread

me = _thread.get_ident()
r = _thread.RLock()
print(type(r), repr(r).split(" at ")[0])
print(r._is_owned(), r._recursion_count())
print(r.acquire(), r.acquire(), r.acquire(False), r.acquire(timeout=0.5))
print(r._is_owned(), r._recursion_count())
print(repr(r).replace(str(me), "ME").split(" at ")[0])
state = r._release_save()
print(state == (4, me), r._is_owned(), r._recursion_count())
r._acquire_restore(state)
print(r._recursion_count())
for _ in range(4):
    r.release()
print(r._is_owned(), repr(r).split(" at ")[0])
for f in (r.release, r._release_save):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
with r:
    with r:
        print("nested", r._recursion_count())
print(r._recursion_count())
# A lock restored for another owner cannot be taken without blocking.
r._acquire_restore((2, me + 1))
print(r._is_owned(), r._recursion_count(), r.acquire(False), r.acquire(timeout=0.01))
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r._at_fork_reinit()
print(r.acquire(False), r._recursion_count())
r.release()
try:
    r.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    r._acquire_restore(5)
except TypeError as e:
    print("TypeError:", e)

class Sub(_thread.RLock):
    pass
s = Sub()
with s:
    print(type(s).__name__, s._is_owned(), isinstance(s, _thread.RLock))
