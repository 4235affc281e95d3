# with_traceback, __traceback__ and traceback objects.
import sys

def inner():
    raise ValueError("inner")

def outer():
    inner()

e = ValueError("fresh")
print(e.__traceback__)
print(e.with_traceback(None) is e)

try:
    outer()
except ValueError as err:
    tb = err.__traceback__
    print(type(tb).__name__)
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
    saved = err.__traceback__
    print(sys.exc_info()[2] is not None)

try:
    err.with_traceback(5)
except TypeError as t:
    print("TypeError", t)
try:
    err.__traceback__ = "x"
except TypeError as t:
    print("TypeError", t)

err.__traceback__ = None
print(err.__traceback__)

def reraise_with(tb):
    raise RuntimeError("again").with_traceback(tb)

try:
    reraise_with(saved)
except RuntimeError as r:
    tb = r.__traceback__
    n = []
    while tb is not None:
        n.append(tb.tb_lineno)
        tb = tb.tb_next
    print(n)

try:
    raise KeyError("k").with_traceback(None)
except KeyError as k:
    print(k.__traceback__.tb_next)

def chain():
    try:
        outer()
    except ValueError as v:
        raise TypeError("converted").with_traceback(v.__traceback__)

chain()
