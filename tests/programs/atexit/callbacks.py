# atexit: callbacks run at exit, last registered first, with their arguments;
# a callback that raises is reported on stderr and the others still run.
import atexit

base = atexit._ncallbacks()

def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))

def boom():
    raise ValueError("boom")

print(atexit.register(show, 1, b=2) is show)
atexit.register(boom)
atexit.register(show, "last registered")
r = atexit.register(lambda: print("lambda"))
print(r.__name__)
print(atexit._ncallbacks() - base)
atexit.unregister(print)
print(atexit._ncallbacks() - base)

@atexit.register
def decorated():
    print("decorated runs first")

for args in [(), (5,)]:
    try:
        atexit.register(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    atexit.unregister()
except TypeError as e:
    print("TypeError:", e)
print("main done")
