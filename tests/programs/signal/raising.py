# A handler that raises: the exception comes out of the call that delivered the
# signal (raise_signal, os.kill, a sleep, pause), and is caught there.
import _signal as s, posix, time, _thread

class Alarm(Exception):
    pass

def raiser(n, frame):
    raise Alarm(n)

s.signal(s.SIGUSR2, raiser)
try:
    s.raise_signal(s.SIGUSR2)
    print("not reached")
except Alarm as e:
    print("caught from raise_signal", e)
try:
    posix.kill(posix.getpid(), s.SIGUSR2)
    print("not reached")
except Alarm as e:
    print("caught from kill", e)

# alarm interrupts a long sleep.
s.signal(s.SIGALRM, raiser)
t0 = time.monotonic()
s.setitimer(s.ITIMER_REAL, 0.05)
try:
    time.sleep(5)
    print("not reached")
except Alarm as e:
    print("caught from sleep", e, time.monotonic() - t0 < 4)

# A handler that returns lets the sleep go on.
hits = []
s.signal(s.SIGALRM, lambda n, f: hits.append(n))
t0 = time.monotonic()
s.setitimer(s.ITIMER_REAL, 0.02)
time.sleep(0.1)
print(hits, time.monotonic() - t0 >= 0.1)

# pause returns once a handled signal arrives.
s.setitimer(s.ITIMER_REAL, 0.02)
s.pause()
print("after pause", hits)

# Blocked signals wait until they are unblocked.
got = []
s.signal(s.SIGUSR1, lambda n, f: got.append(n))
print(s.pthread_sigmask(s.SIG_BLOCK, [s.SIGUSR1]))
posix.kill(posix.getpid(), s.SIGUSR1)
print(s.sigpending(), got)
print(s.pthread_sigmask(s.SIG_UNBLOCK, [s.SIGUSR1]), got)
for args in [(5,), (s.SIG_BLOCK, [0]), (s.SIG_BLOCK, [100]), (s.SIG_BLOCK, ["x"]), (s.SIG_BLOCK, 5), (99, [])]:
    try:
        print(s.pthread_sigmask(*args))
    except Exception as e:
        print(type(e).__name__, e)
# sigwait takes a blocked pending signal without running its handler.
s.pthread_sigmask(s.SIG_BLOCK, [s.SIGUSR1])
s.raise_signal(s.SIGUSR1)
print(s.sigwait([s.SIGUSR1]), got)
s.pthread_sigmask(s.SIG_UNBLOCK, [s.SIGUSR1])
print(s.pthread_kill(_thread.get_ident(), 0))

# The default SIGINT handler raises KeyboardInterrupt.
try:
    s.raise_signal(s.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print("end")
