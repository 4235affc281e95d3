# After an uncaught exception, the traceback is printed, then the callbacks run.
import atexit

atexit.register(print, "callback after the traceback")
def fail():
    raise KeyError("in callback")
atexit.register(fail)
print("start")
raise RuntimeError("main failed")
