# bytes: mutating a bytearray — item and slice assignment, deletion, the list-like methods, += and *=
def show(label, code):
    ba = bytearray(b"hello")
    try:
        r = code(ba)
        print(label, "->", ba, "" if r is None else r)
    except Exception as e:
        print(label, "->", type(e).__name__, e, ba)

class IX:
    def __index__(self):
        return 3

def setitem(k, v):
    def f(ba):
        ba[k] = v
    return f

def delitem(k):
    def f(ba):
        del ba[k]
    return f

show("set item", setitem(0, 72))
show("set negative", setitem(-1, 33))
show("set index obj", setitem(IX(), 65))
show("set bad value", setitem(0, 256))
show("set str value", setitem(0, "a"))
show("set out of range", setitem(9, 1))
show("set bad key", setitem("x", 1))
show("set slice longer", setitem(slice(1, 3), b"XYZ"))
show("set slice list", setitem(slice(1, 3), [1, 2]))
show("set slice int", setitem(slice(1, 3), 5))
show("set slice str", setitem(slice(1, 3), "ab"))
show("set slice mv", setitem(slice(0, 2), memoryview(b"XY")))
show("set slice empty", setitem(slice(2, 2), b"--"))
show("set slice reversed bounds", setitem(slice(4, 1), b"!"))
show("set extended", setitem(slice(None, None, 2), b"ABC"))
show("set extended wrong", setitem(slice(None, None, 2), b"AB"))
show("set extended reverse", setitem(slice(None, None, -1), b"olleh"))
show("set bad byte in list", setitem(slice(0, 1), [256]))
show("del item", delitem(0))
show("del negative", delitem(-2))
show("del slice", delitem(slice(1, 3)))
show("del extended", delitem(slice(None, None, 2)))
show("del reverse step", delitem(slice(None, None, -2)))
show("del out of range", delitem(9))
show("append", lambda ba: ba.append(33))
show("append bad", lambda ba: ba.append(256))
show("append bytes", lambda ba: ba.append(b"a"))
show("extend bytes", lambda ba: ba.extend(b"!!"))
show("extend list", lambda ba: ba.extend([1, 2]))
show("extend generator", lambda ba: ba.extend(x for x in range(65, 68)))
show("extend self", lambda ba: ba.extend(ba))
show("extend int", lambda ba: ba.extend(5))
show("extend str", lambda ba: ba.extend("ab"))
show("extend bad item", lambda ba: ba.extend([1, "a"]))
show("insert", lambda ba: ba.insert(0, 65))
show("insert far left", lambda ba: ba.insert(-100, 65))
show("insert far right", lambda ba: ba.insert(100, 65))
show("insert missing", lambda ba: ba.insert(0))
show("pop", lambda ba: ba.pop())
show("pop first", lambda ba: ba.pop(0))
show("pop out of range", lambda ba: ba.pop(10))
show("pop empty", lambda ba: bytearray().pop())
show("pop too many", lambda ba: ba.pop(1, 2))
show("remove", lambda ba: ba.remove(108))
show("remove missing", lambda ba: ba.remove(120))
show("remove bytes", lambda ba: ba.remove(b"l"))
show("clear", lambda ba: ba.clear())
show("reverse", lambda ba: ba.reverse())
show("copy", lambda ba: (ba.copy(), ba.copy() is ba, ba.copy() == ba))
show("append no args", lambda ba: ba.append())

ba = bytearray(b"ab")
alias = ba
ba += b"cd"
ba += bytearray(b"e")
ba += memoryview(b"f")
ba *= 2
print(ba, alias is ba)
ba *= 0
print(ba, len(alias))
for bad in ["x", 1.5, None]:
    b2 = bytearray(b"z")
    try:
        b2 += bad
    except TypeError as e:
        print("iadd", type(e).__name__, e)
    try:
        b2 *= bad
    except TypeError as e:
        print("imul", type(e).__name__, e)
ba = bytearray(b"hello")
ba[1:4] = ba
print(ba)
ba = bytearray(b"abc")
ba.upper()
print(ba, ba.upper(), ba.replace(b"b", b"B"), type(ba.split()[0]).__name__)
