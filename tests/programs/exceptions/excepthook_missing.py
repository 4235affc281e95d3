# Without sys.excepthook, CPython says so and prints the exception itself.
import sys

del sys.excepthook
print(hasattr(sys, "excepthook"), sys.__excepthook__)
raise ArithmeticError("no hook")
