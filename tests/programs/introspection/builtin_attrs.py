# Small attribute gaps: unhashable containers' __hash__, bool's int methods, builtin
# method names, object.__repr__ of instances.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: [].__hash__)
t(lambda: list.__hash__)
t(lambda: {}.__hash__ is None)
t(lambda: set.__hash__)
t(lambda: (1,).__hash__ is None)
t(lambda: bool.bit_length(5))
t(lambda: bool.bit_length(True))
t(lambda: int.bit_length(True))
t(lambda: str.upper.__name__)
t(lambda: "a".upper.__name__)
t(lambda: [].append.__name__)
t(lambda: [1].append.__self__)
t(lambda: str.join.__qualname__)

class C:
    pass

class D:
    def __repr__(self):
        return "D!"

t(lambda: object.__repr__(C()).startswith("<__main__.C object at 0x"))
t(lambda: repr(C()).startswith("<__main__.C object at 0x"))
t(lambda: object.__repr__(D()).startswith("<__main__.D object at 0x"))
t(lambda: repr(D()))
def local():
    class Inner:
        pass
    return object.__repr__(Inner()).split(" object")[0]
t(local)
