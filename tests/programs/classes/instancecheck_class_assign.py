# Metaclass hooks for isinstance/issubclass, and assigning __class__.


class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return hasattr(inst, "quack")

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__)
        return hasattr(sub, "quack")


class Duck(metaclass=Meta):
    pass


class Q:
    quack = 1


print(isinstance(Q(), Duck), isinstance(1, Duck), issubclass(Q, Duck))
print(isinstance(Duck(), Duck))  # exact type: no hook call
print(issubclass(int, (Duck, int)), isinstance(2, (Duck, str)))
print(issubclass(1, Duck))
try:
    issubclass(1, int)
except TypeError as e:
    print(e)


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


a = A()
a.x = 5
a.__class__ = B
print(type(a).__name__, a.who(), a.x, isinstance(a, B), a.__class__ is B)


class S1:
    __slots__ = ("p",)


class S2:
    __slots__ = ("q",)


class L1(list):
    pass


for obj, target in [(a, 3), (a, int), (S1(), S2), (a, L1), (L1(), list)]:
    try:
        obj.__class__ = target
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)


class L2(list):
    pass


l = L1([1, 2])
l.__class__ = L2
print(type(l).__name__, l)
