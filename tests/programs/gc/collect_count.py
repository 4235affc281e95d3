import gc

gc.disable()
print(gc.isenabled())


class A:
    pass


a = A()
b = A()
a.b = b
b.a = a
del a, b
print(gc.collect())

l = []
l.append(l)
del l
print(gc.collect())

# Nothing left.
print(gc.collect())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
