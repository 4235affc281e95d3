# BaseException.add_note and __notes__, and notes in an uncaught exception's report.
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

e = ValueError("bad value")
print(hasattr(e, "__notes__"))
print(e.add_note("first"))
e.add_note("second\nwith two lines")
print(e.__notes__)
print(type(e.__notes__).__name__, len(e.__notes__))
show(lambda: e.add_note(42))
show(lambda: e.add_note())
show(lambda: e.add_note("a", "b"))
e.__notes__ = ("not", "a list")
show(lambda: e.add_note("x"))
del_me = KeyError("k")
del_me.__notes__ = []
del_me.add_note("n")
print(del_me.__notes__)

class MyError(Exception):
    pass

m = MyError("mine")
m.add_note("on a subclass")
m.extra = 5
print(m.__notes__, m.extra, sorted(m.__dict__))

b = TypeError("t")
b.custom = "attribute"
print(b.custom, b.__dict__)

try:
    try:
        raise OSError("disk")
    except OSError as err:
        err.add_note("while saving")
        raise
except OSError as err:
    print(err.__notes__)

def fail():
    x = RuntimeError("boom")
    x.add_note("note one")
    x.add_note("the last note\nspans lines")
    raise x

fail()
