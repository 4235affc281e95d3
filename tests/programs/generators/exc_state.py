# A generator suspended inside `except` keeps its exception to itself, as CPython's
# per-generator exception state does.
import sys


def gen():
    try:
        raise ValueError("inside")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield repr(sys.exc_info()[1])
    yield sys.exc_info()[0]


g = gen()
print(next(g))
print("caller sees", sys.exc_info())
print(next(g))
print(next(g))


# A generator that handles nothing sees its caller's exception.
def peek():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]


p = peek()
try:
    raise KeyError("k")
except KeyError:
    print(next(p))
print(next(p))


# Exceptions raised in a generator chain to the caller's handled exception.
def raiser():
    raise RuntimeError("from gen")
    yield


try:
    try:
        raise TypeError("outer")
    except TypeError:
        next(raiser())
except RuntimeError as e:
    print(type(e.__context__).__name__, e.__context__)


# Resumed by a different caller, the generator still handles its own exception.
def keeper():
    try:
        1 / 0
    except ZeroDivisionError:
        yield 1
        try:
            raise
        except ZeroDivisionError as e:
            yield "reraised " + str(e)


k = keeper()
print(next(k))
try:
    raise OSError("elsewhere")
except OSError:
    print(next(k))
print(sys.exc_info())


# Coroutines do the same.
async def co():
    try:
        raise IndexError("co")
    except IndexError:
        await Sus()
        return sys.exc_info()[0].__name__


class Sus:
    def __await__(self):
        yield "suspended"


c = co()
print(c.send(None))
print(sys.exc_info())
try:
    c.send(None)
except StopIteration as s:
    print("returned", s.value)
