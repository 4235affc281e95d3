# try/except*: matching splits the group, the rest propagates, naked exceptions are wrapped.
def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return [leaves(x) for x in e.exceptions]
    return repr(e)

def run(exc, label):
    print("--", label)
    try:
        try:
            raise exc
        except* ValueError as e:
            print("ValueError clause:", type(e).__name__, repr(e.message), leaves(e))
        except* TypeError as e:
            print("TypeError clause:", type(e).__name__, repr(e.message), leaves(e))
        except* (KeyError, IndexError) as e:
            print("lookup clause:", leaves(e))
        else:
            print("else does not run")
        print("after the try")
    except BaseException as rest:
        print("propagated:", type(rest).__name__, str(rest), leaves(rest))

run(ExceptionGroup("all", [ValueError(1), TypeError(2), KeyError(3), OSError(4)]), "mixed")
run(ExceptionGroup("values", [ValueError(1), ValueError(2)]), "only values")
run(ValueError("naked"), "naked ValueError")
run(OSError("naked other"), "naked OSError")
run(ExceptionGroup("nested", [ExceptionGroup("inner", [TypeError(1), OSError(2)]), ValueError(3)]), "nested")
run(BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)]), "base group")

# No exception: else runs; finally always runs.
try:
    x = 1
except* ValueError:
    print("no")
else:
    print("else runs", x)
finally:
    print("finally runs")

# The as-name is unbound after the clause.
try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError as named:
    pass
try:
    named
except NameError as n:
    print("NameError", n)

# A clause that does not match leaves nothing bound and runs nothing.
def f():
    try:
        raise ExceptionGroup("g", [TypeError("t")])
    except* ValueError as v:
        print("never", v)
    except* TypeError:
        return_value = "handled"
    return return_value
print(f())

# except* in a loop, with the group built from the loop's failures.
errors = []
for i in range(4):
    try:
        if i % 2:
            raise ExceptionGroup(f"round {i}", [ValueError(i), TypeError(i)])
        raise KeyError(i)
    except* ValueError as e:
        errors.append(("V", i, len(e.exceptions)))
    except* (TypeError, KeyError) as e:
        errors.append(("T/K", i, leaves(e)))
print(errors)

# Handled state inside a clause: sys.exc_info is the matching part.
import sys
try:
    raise ExceptionGroup("state", [ValueError(1), TypeError(2)])
except* ValueError:
    print("handling", repr(sys.exc_info()[1]))
except* TypeError:
    print("handling", repr(sys.exc_info()[1]))
print("after", sys.exc_info())

# finally with except*: runs on every path.
def g():
    try:
        try:
            raise ExceptionGroup("fin", [ValueError(1), OSError(2)])
        except* ValueError:
            print("value handled")
        finally:
            print("finally")
    except* OSError as e:
        print("outer got", leaves(e))
g()
