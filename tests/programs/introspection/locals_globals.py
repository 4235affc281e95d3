# locals(), globals(), vars() and dir() without arguments.
"""Module docstring."""
counter = 0

def show(d):
    return {k: v for k, v in d.items() if not callable(v)}

def params(a, b=2, *args, key=None, **kw):
    total = a + b
    print(show(locals()))
    del total
    print(sorted(locals()))
    later = 1
    return sorted(vars())

print(params(1))
print(params(1, 2, 3, key=4, extra=5))

def closures():
    captured = "cell"
    def inner():
        used = captured
        return locals()
    return inner(), sorted(locals())

print(closures())

def unbound_first():
    print(locals())
    x = 1
    print(locals())
unbound_first()

class K:
    attr = 1
    print(sorted(locals()))
    locals()["added"] = 2
    print(dir())
print(K.added)

def gen():
    step = 0
    while step < 2:
        yield sorted(locals().items())
        step += 1
print(list(gen()))
print([sorted(locals()) for item in "ab"])

print(globals()["counter"], globals()["__name__"], globals()["__doc__"], "params" in globals(), "nope" in globals())
print([k for k in globals() if not k.startswith("__")])
print(sorted(k for k in dir() if not k.startswith("__")))
def from_function():
    return "counter" in globals(), "from_function" in globals()
print(from_function())
defined_after = 1
print("defined_after" in globals())
