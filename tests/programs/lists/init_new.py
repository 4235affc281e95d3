# list.__init__ empties the list before extending it and refuses keyword arguments
# unless the class defines __new__; a list subclass with __new__ and no __init__ is
# still filled by list.__init__; tuple (and float, frozenset) subclasses that define
# __init__ accept keyword arguments; messages as CPython's.
def show(f):
    try:
        r = f()
        print(type(r).__name__, r)
    except TypeError as e:
        print("TypeError:", e)

a = [1, 2, 3]
a.__init__()
print(a)
a.__init__([4, 5, 6])
print(a)
a.__init__(a)
print(a)
a = [1]
a.__init__(x for x in range(3))
print(a)
show(lambda: [].__init__(sequence=[]))
show(lambda: [].__init__([1], [2]))
show(lambda: list(sequence=[]))

class subclass(list):
    pass

show(lambda: subclass([1, 2]))
show(lambda: subclass(sequence=()))
show(lambda: subclass([1], [2]))

class subclass_with_init(list):
    def __init__(self, seq, newarg=None):
        super().__init__(seq)

show(lambda: subclass_with_init([1, 2], newarg=3))

class subclass_with_new(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        return self

show(lambda: subclass_with_new([1, 2], newarg=3))
u = subclass_with_new([1, 2])
u.__init__([7], other=1)
print(u)

class tsub(tuple):
    pass

show(lambda: tsub([1, 2]))
show(lambda: tsub(sequence=()))

class tsub_with_init(tuple):
    def __init__(self, seq, newarg=None):
        super().__init__()

show(lambda: tsub_with_init([1, 2], newarg=3))

class tsub_with_new(tuple):
    def __new__(cls, seq, newarg=None):
        return super().__new__(cls, seq)

show(lambda: tsub_with_new([1, 2], newarg=3))
show(lambda: tuple.__new__(tsub, [1], x=2))

class fsub_with_init(float):
    def __init__(self, v, scale=1):
        self.scale = scale

show(lambda: fsub_with_init(2.5, scale=3))

class fzsub_with_init(frozenset):
    def __init__(self, v, tag=None):
        self.tag = tag

show(lambda: sorted(fzsub_with_init([3, 1], tag="t")))
