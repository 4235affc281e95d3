# A replaced sys.excepthook that raises: CPython reports the hook's error, then the
# original exception, and the exit status is 1.
import sys


def hook(t, v, tb):
    print("hook called with", t.__name__, v)
    raise KeyError("from the hook")


sys.excepthook = hook
print("before")
raise ValueError("original")
