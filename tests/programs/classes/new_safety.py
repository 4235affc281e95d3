# T.__new__(S) checks that S is a subtype of T and that T's __new__ is the one that
# makes S's instances (CPython's tp_new_wrapper), with CPython's messages.
class I(int):
    pass

class MyList(list):
    pass

class NewList(list):
    def __new__(cls, *a):
        return super().__new__(cls)

class NewList2(NewList):
    pass

class Plain:
    pass

class E(ValueError):
    pass

def t(f, *a):
    try:
        r = f(*a)
        print(repr(r), type(r).__name__)
    except TypeError as e:
        print("TypeError:", e)

t(int.__new__, bool, 0)
t(int.__new__, int, 5)
t(int.__new__, I, 5)
t(object.__new__, list)
t(object.__new__, tuple)
t(object.__new__, MyList)
t(object.__new__, NewList)
t(object.__new__, NewList2)
t(list.__new__, NewList)
t(list.__new__, NewList2)
t(list.__new__, MyList)
t(tuple.__new__, list)
t(int.__new__, float)
t(bool.__new__, bool, 5)
t(list.__new__, tuple)
t(object.__new__, I)
t(int.__new__, object)
t(float.__new__, bool)
t(tuple.__new__, tuple, [1])
t(lambda: type(object.__new__(Plain)).__name__)
t(Exception.__new__, E)
t(BaseException.__new__, OSError)
t(OSError.__new__, FileNotFoundError)
t(object.__new__, E)
t(object.__new__)
t(int.__new__, 5)
