# Ctrl-C's default handler: KeyboardInterrupt from the call that delivered SIGINT,
# and an uncaught one ends the program with CPython's status (the test harness
# sees 130 from CPython, which dies of SIGINT as krait does).
import _signal as s, atexit
atexit.register(print, "atexit runs before the end")
try:
    s.raise_signal(s.SIGINT)
except KeyboardInterrupt as e:
    print("caught", type(e).__name__, e.args)
print("end")
