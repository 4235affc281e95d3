# exceptions: leaving an except clause by break, continue, return or an exception ends its handling
def reraiser():
    raise

def state():
    try:
        reraiser()
    except RuntimeError:
        return "nothing handled"
    except Exception as e:
        return "handling " + repr(e)

def with_break():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            print("in handler:", state())
            break
    return state()

def with_continue():
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError:
            continue
    return state()

def with_return():
    try:
        raise IndexError("r")
    except IndexError:
        return state()

def with_exception():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise ValueError("replacement")
    except ValueError:
        print("outer handler:", state())
    return state()

def finally_break():
    while True:
        try:
            raise TypeError("swallowed")
        finally:
            print("in finally:", state())
            break
    return state()

print("break:", with_break())
print("continue:", with_continue())
print("return:", with_return())
print("exception:", with_exception())
print("finally break:", finally_break())
print("top level:", state())
