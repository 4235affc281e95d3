# atexit.unregister removes every registration of a function (compared with ==);
# the count keeps the emptied slots, as in CPython 3.11. _run_exitfuncs runs and
# clears them; _clear forgets them.
import atexit

base = atexit._ncallbacks()
def f(tag):
    print("f", tag)
def g():
    print("g")
atexit.register(f, 1)
atexit.register(g)
atexit.register(f, 2)
print(atexit._ncallbacks() - base)
atexit.unregister(f)
print(atexit._ncallbacks() - base)
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(f, "cleared")
atexit._clear()
print(atexit._ncallbacks())

class Eq:
    def __eq__(self, other):
        print("compared")
        return False
    def __call__(self):
        print("Eq called at exit")
atexit.register(Eq())
atexit.unregister(g)
atexit.register(f, "at exit")
print("end")
