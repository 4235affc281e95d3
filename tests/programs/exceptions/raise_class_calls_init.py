# `raise Cls` and `gen.throw(Cls)` call the class, so its own __new__ and __init__ run;
# a class whose call does not return an exception is a TypeError.
class E(Exception):
    def __init__(self):
        super().__init__("made")
        self.x = 1


try:
    raise E
except E as e:
    print(e.args, e.x)


class N(Exception):
    def __new__(cls):
        print("new", cls.__name__)
        e = super().__new__(cls)
        e.tag = "from new"
        return e


try:
    raise N
except N as e:
    print(e.args, e.tag)


def gen():
    try:
        yield 1
    except E as e:
        print("caught in gen", e.args, e.x)
        yield 2


g = gen()
next(g)
print(g.throw(E))


class Bad(Exception):
    def __new__(cls):
        return 42


try:
    raise Bad
except TypeError as e:
    print(e)


class NeedsArg(Exception):
    def __init__(self, a):
        super().__init__(a)


try:
    raise NeedsArg
except TypeError as e:
    print(type(e).__name__, e)
raise E
