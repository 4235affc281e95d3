# gen.throw(type, value[, tb]) raises value itself when it is an instance of type (no
# new exception, no __context__); a tuple value is the constructor's arguments, another
# value its one argument; an instance with a separate value is a TypeError. The
# methods are attributes (`f = gen.throw`).
import sys

def g():
    try:
        yield
    except BaseException:
        e = sys.exc_info()[1]
        print("caught", type(e).__name__, e.args, e is orig, repr(e.__context__))

orig = AssertionError("x")

def throw(*args):
    it = g()
    next(it)
    try:
        it.throw(*args)
    except StopIteration:
        pass
    except TypeError as e:
        print("TypeError:", e)

throw(AssertionError, orig, None)
throw(type(orig), orig, orig.__traceback__)
throw(Exception, orig)
throw(orig)
throw(ValueError, (1, 2))
throw(ValueError, 5)
throw(KeyError, orig)
throw(ValueError, None)
throw(ValueError("a"), "b")
try:
    raise orig
except AssertionError as e:
    throw(type(e), e, e.__traceback__)

# The methods are attributes too.
it = g()
f = it.throw
print(it.__next__(), [hasattr(it, n) for n in ("send", "throw", "close", "__next__", "__iter__")])
try:
    f(ValueError, 7)
except StopIteration:
    print("stopped")
