import gc
import weakref


class C:
    def __del__(self):
        print("__del__, ref alive:", r() is not None)


c = C()
r = weakref.ref(c, lambda w: print("cb1", w() is None))
r2 = weakref.ref(c, lambda w: print("cb2", w is r2))
del c
print("--")

# In a cycle: the callbacks run before the finalizers.
gc.disable()
a = C()
b = C()
a.b = b
b.a = a
ra = weakref.ref(a, lambda w: print("cb a"))
r = ra
del a, b
print(gc.collect())


# A weak reference that dies first never calls its callback.
class D:
    pass


d = D()
w = weakref.ref(d, lambda w: print("never"))
del w
del d
print("no callback")

# Callback errors are reported and ignored.
e = D()
we = weakref.ref(e, lambda w: 1 / 0)
del e
print("after")
