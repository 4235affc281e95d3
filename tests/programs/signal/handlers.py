# _signal: handler installation, argument checks, constants, and Python handlers
# that run right after the call that delivered their signal.
import _signal as s, posix

log = []
def h(n, frame):
    log.append(n)
    print("handler", n)

for args in [(s.SIGKILL, h), (0, h), (65, h), (s.SIGUSR1, 5), (s.SIGUSR1, "x"), ("x", h), (s.SIGUSR1, 1.0), (s.SIGUSR1, True), (s.SIGUSR1,)]:
    try:
        print(s.signal(*args))
    except Exception as e:
        print(type(e).__name__, e)
for n in [0, 65, -1, "a", 2 ** 70]:
    for f in (s.getsignal, s.strsignal):
        try:
            print(f(n))
        except Exception as e:
            print(type(e).__name__, e)
print([s.strsignal(i) for i in (1, 2, 9, 15, 34, 64, 32)])
v = s.valid_signals()
print(type(v), sorted(v)[28:35], len(v))
print(s.getsignal(s.SIGINT) is s.default_int_handler, s.getsignal(s.SIGUSR1), s.getsignal(s.SIGCHLD))
print(s.NSIG, s.SIG_DFL, s.SIG_IGN, s.SIG_BLOCK, s.SIG_UNBLOCK, s.SIG_SETMASK)
print(s.ITIMER_REAL, s.ITIMER_VIRTUAL, s.ITIMER_PROF, s.SIGRTMIN, s.SIGRTMAX)
print(s.ItimerError, s.ItimerError.__mro__)
print(s.SIGINT, s.SIGTERM, s.SIGUSR1, s.SIGUSR2, s.SIGALRM, s.SIGCHLD, s.SIGCLD, s.SIGIOT, s.SIGPOLL)
try:
    s.default_int_handler()
except TypeError as e:
    print("TypeError:", e)
try:
    s.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)

print(s.signal(s.SIGUSR1, h))
print(s.signal(s.SIGUSR1, h) is h, s.getsignal(s.SIGUSR1) is h)
s.raise_signal(s.SIGUSR1)
print("after raise_signal", log)
posix.kill(posix.getpid(), s.SIGUSR1)
print("after kill", log)
s.raise_signal(0)
try:
    s.raise_signal(100)
except OSError as e:
    print("OSError:", e)
print(s.signal(s.SIGUSR1, s.SIG_IGN) is h)
s.raise_signal(s.SIGUSR1)
print("ignored", log)
print(s.signal(s.SIGUSR1, s.SIG_DFL))
print(s.getsignal(s.SIGUSR1))

for a in [(), (1, 2), ("x",)]:
    try:
        print(s.alarm(*a))
    except TypeError as e:
        print("TypeError:", e)
print(s.alarm(0))
for fd in (1000, 1):
    try:
        s.set_wakeup_fd(fd)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
print(s.set_wakeup_fd(-1))
print(s.siginterrupt(s.SIGUSR1, True), s.siginterrupt(s.SIGUSR1, False))
try:
    s.siginterrupt(0, True)
except ValueError as e:
    print("ValueError:", e)
print(s.getitimer(s.ITIMER_REAL), s.setitimer(s.ITIMER_REAL, 0))
for args in [(5, 1), (s.ITIMER_REAL, -1)]:
    try:
        s.setitimer(*args)
    except s.ItimerError as e:
        print("ItimerError", isinstance(e, OSError), e)
