# exceptions: try/except/else/finally ordering, as e, e.args and exception types
def run(x):
    try:
        print("try", x)
        r = 10 // x
    except ZeroDivisionError as e:
        print("except", type(e).__name__, e, e.args)
        r = None
    else:
        print("else", r)
    finally:
        print("finally", x)
    return r

print(run(2))
print(run(0))
try:
    raise ValueError("bad value", 42)
except ValueError as e:
    print(e, e.args, len(e.args), repr(e))
try:
    raise KeyError("k")
except KeyError as e:
    print(e, e.args, repr(e), str(e))
try:
    raise RuntimeError
except RuntimeError as e:
    print("bare class", repr(e), e.args, str(e) == "")
try:
    raise TypeError()
except TypeError as e:
    print("empty", repr(e), e.args)
try:
    raise IndexError("custom index message")
except IndexError as e:
    print(e)
try:
    [][0]
except IndexError as e:
    print(type(e).__name__, e)
