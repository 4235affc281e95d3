# A lock only a signal handler can release: the blocking acquire waits until the
# handler (run during the wait) releases it.
import _thread, _signal as s

l = _thread.allocate_lock()
l.acquire()
def release(n, frame):
    print("handler releases the lock")
    l.release()
s.signal(s.SIGALRM, release)
s.setitimer(s.ITIMER_REAL, 0.05)
print(l.acquire())
print(l.locked())
# A handler that raises interrupts the wait.
class Stop(Exception):
    pass
def stop(n, frame):
    raise Stop
s.signal(s.SIGALRM, stop)
s.setitimer(s.ITIMER_REAL, 0.05)
try:
    l.acquire()
except Stop:
    print("acquire interrupted by Stop", l.locked())
