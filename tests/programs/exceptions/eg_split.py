# ExceptionGroup.split, subgroup and derive.
def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return [leaves(x) for x in e.exceptions]
    return repr(e)

def show(label, r):
    if isinstance(r, tuple):
        print(label, [None if x is None else (str(x), leaves(x)) for x in r])
    else:
        print(label, None if r is None else (str(r), leaves(r)))

g = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("mid", [ValueError(3), KeyError(4)]),
    ExceptionGroup("only types", [TypeError(5)]),
])
show("split ValueError", g.split(ValueError))
show("split TypeError", g.split(TypeError))
show("split tuple", g.split((KeyError, TypeError)))
show("split LookupError", g.split(LookupError))
show("split Exception", g.split(Exception))
show("split OSError", g.split(OSError))
show("split ExceptionGroup", g.split(ExceptionGroup))
show("subgroup ValueError", g.subgroup(ValueError))
show("subgroup OSError", g.subgroup(OSError))
show("predicate", g.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
show("predicate groups", g.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid"))
print(g.subgroup(Exception) is g, g.split(Exception)[0] is g)

def bad(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

bad(lambda: g.split(1))
bad(lambda: g.split(int))
bad(lambda: g.split((ValueError, 1)))
bad(lambda: g.split([ValueError]))
bad(lambda: g.split(print))
bad(lambda: g.split())
bad(lambda: g.subgroup(ValueError, TypeError))
bad(lambda: g.derive())
bad(lambda: g.split(lambda e: 1 / 0))

d = g.derive([KeyError("x")])
print(type(d).__name__, d.message, d.exceptions, d.__traceback__, d.__cause__)
print(type(g.derive([KeyboardInterrupt()])).__name__)

# The parts keep the original's cause, context and a copy of its notes.
try:
    try:
        raise OSError("cause")
    except OSError as c:
        raise ExceptionGroup("noted", [ValueError(1), TypeError(2)]) from c
except ExceptionGroup as eg:
    eg.add_note("a note")
    m, r = eg.split(ValueError)
    print(repr(m.__cause__), repr(r.__cause__), m.__notes__, r.__notes__)
    m.__notes__.append("only on match")
    print(eg.__notes__, m.__notes__)
    print(m.__traceback__ is not None, m.__suppress_context__)

# derive decides the type of the parts.
class Tagged(ExceptionGroup):
    def derive(self, excs):
        return Tagged(self.message + "!", excs)

t = Tagged("tag", [ValueError(1), TypeError(2)])
show("tagged", t.split(ValueError))
print(type(t.split(ValueError)[0]).__name__)

class Bad(ExceptionGroup):
    def derive(self, excs):
        return 5

bad(lambda: Bad("b", [ValueError(), TypeError()]).split(ValueError))
