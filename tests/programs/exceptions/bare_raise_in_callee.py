# exceptions: bare `raise` in a function called from an except clause re-raises the caller's exception
def reraiser():
    print("reraising")
    raise

def handle(exc):
    try:
        raise exc
    except Exception:
        try:
            reraiser()
        except Exception as again:
            print("got back:", type(again).__name__, again, again is exc)

handle(ValueError("first"))
handle(KeyError("second"))

# nothing being handled: RuntimeError
try:
    reraiser()
except RuntimeError as e:
    print("RuntimeError:", e)

# after the handler ended, nothing is being handled any more
try:
    raise ValueError("done")
except ValueError:
    pass
try:
    reraiser()
except RuntimeError as e:
    print("after handler:", e)

# inside a finally on the exceptional path
def in_finally():
    try:
        raise IndexError("from try")
    finally:
        try:
            reraiser()
        except IndexError as e:
            print("finally saw:", e)
try:
    in_finally()
except IndexError as e:
    print("propagated:", e)

# nested handlers: the innermost one is re-raised, then the outer one again
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise ValueError("inner")
    except ValueError:
        try:
            reraiser()
        except ValueError as e:
            print("inner:", e)
    try:
        reraiser()
    except KeyError as e:
        print("outer again:", e)
