# An uncaught BaseExceptionGroup with a cause, and exit status.
import sys
try:
    raise OSError("root cause")
except OSError as c:
    g = BaseExceptionGroup("with base", [KeyboardInterrupt(), ValueError("v")])
    g.add_note("group note")
    raise g from c
