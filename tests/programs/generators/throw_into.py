# generators: throw() raises inside the generator at the paused yield; it may handle it or let it escape
class Reset(Exception):
    pass

def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except Reset:
            print("  reset requested at", n)
            n = 0

c = counter()
print(next(c), next(c), next(c))
print(c.throw(Reset))
print(next(c), next(c))
print(c.throw(Reset()))

def fragile():
    yield 1
    yield 2

f = fragile()
print(next(f))
try:
    f.throw(ValueError("boom"))
except ValueError as e:
    print("escaped:", e)
print(next(f, "closed after throw"))

def converting():
    try:
        yield "waiting"
    except KeyError as e:
        raise RuntimeError("converted " + str(e))

g = converting()
next(g)
try:
    g.throw(KeyError("k"))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__context__).__name__)

def finishing():
    try:
        yield 1
    except ZeroDivisionError:
        print("  handled, returning")
        return "early"
h = finishing()
next(h)
try:
    h.throw(ZeroDivisionError)
except StopIteration as s:
    print("StopIteration value:", s.value)

def inner():
    try:
        yield "inner"
    except Reset:
        yield "inner caught reset"
def outer():
    yield from inner()
    yield "outer continues"
o = outer()
print(next(o), o.throw(Reset), next(o))

unstarted = fragile()
try:
    unstarted.throw(IndexError("before start"))
except IndexError as e:
    print("IndexError:", e, next(unstarted, "dead"))
