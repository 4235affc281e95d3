# Nested groups, chained contexts inside a box, and a group left after except*.
def f():
    e = ValueError("x")
    e.add_note("note1\nline2")
    raise ExceptionGroup("eg", [e, ExceptionGroup("inner", [TypeError("t"), KeyError(3)])])

def g():
    try:
        f()
    except* TypeError:
        raise RuntimeError("new")

g()
