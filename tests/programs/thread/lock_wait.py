# Blocking acquisitions of a held lock wait for their timeout, then fail.
import _thread, time

l = _thread.allocate_lock()
l.acquire()
t0 = time.monotonic()
print(l.acquire(True, 0.05), l.acquire(timeout=0.05))
print(time.monotonic() - t0 >= 0.1)
r = _thread.RLock()
r._acquire_restore((1, _thread.get_ident() + 1))
t0 = time.monotonic()
print(r.acquire(timeout=0.05), time.monotonic() - t0 >= 0.05)
