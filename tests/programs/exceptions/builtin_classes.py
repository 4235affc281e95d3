# exceptions: raising many builtin exception classes and checking hierarchy with isinstance
def make(i):
    msg = "message " + str(i)
    if i == 0:
        return ValueError(msg)
    if i == 1:
        return TypeError(msg)
    if i == 2:
        return KeyError(msg)
    if i == 3:
        return IndexError(msg)
    if i == 4:
        return ZeroDivisionError(msg)
    if i == 5:
        return OverflowError(msg)
    if i == 6:
        return RuntimeError(msg)
    if i == 7:
        return NameError(msg)
    if i == 8:
        return AttributeError(msg)
    if i == 9:
        return NotImplementedError(msg)
    if i == 10:
        return RecursionError(msg)
    if i == 11:
        return AssertionError(msg)
    if i == 12:
        return LookupError(msg)
    if i == 13:
        return ArithmeticError(msg)
    if i == 14:
        return UnboundLocalError(msg)
    if i == 15:
        return StopIteration(msg)
    return Exception(msg)

for i in range(17):
    try:
        raise make(i)
    except Exception as e:
        print(type(e).__name__, "|", e, "|", isinstance(e, LookupError), isinstance(e, ArithmeticError), isinstance(e, RuntimeError))
try:
    raise ZeroDivisionError
except ArithmeticError as e:
    print("arith base", type(e).__name__, repr(e))
try:
    raise UnboundLocalError("ub")
except NameError as e:
    print("name base", type(e).__name__, e)
try:
    raise RecursionError("rec")
except RuntimeError as e:
    print("runtime base", type(e).__name__, e)
e = ValueError(1, "two", 3.0)
print(e.args, str(e), repr(e))
print(str(KeyError("quoted")), str(KeyError(1, 2)), repr(IndexError()))
