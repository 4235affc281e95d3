# A SystemExit raised by sys.excepthook sets the exit status; a deleted hook
# still leaves the exception reported.
import sys


def hook(t, v, tb):
    print("hook:", t.__name__, v)
    sys.exit(3)


sys.excepthook = hook
raise LookupError("ends the program")
