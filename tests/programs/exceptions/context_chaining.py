# exceptions: implicit chaining (__context__), explicit causes (__cause__) and __suppress_context__
def show(e):
    c = e.__context__
    chain = []
    while c is not None:
        chain.append(repr(c))
        c = c.__context__
    print(repr(e), "ctx:", chain, "cause:", repr(e.__cause__), e.__suppress_context__)

# context set in nested function
def thrower():
    raise ValueError("inner")
try:
    try:
        raise KeyError("outer")
    except KeyError:
        thrower()
except ValueError as e:
    show(e)

# context not set after handler finished
try:
    raise KeyError("a")
except KeyError:
    pass
try:
    raise ValueError("b")
except ValueError as e:
    show(e)

# finally on exceptional path sets context
try:
    try:
        raise KeyError("f1")
    finally:
        x = {}["f2"]
except KeyError as e:
    show(e)

# break in handler restores state
for i in range(2):
    try:
        raise KeyError(i)
    except KeyError:
        break
try:
    raise ValueError("after break")
except ValueError as e:
    show(e)

# return from handler restores
def ret():
    try:
        raise KeyError("r")
    except KeyError:
        return 5
ret()
try:
    raise ValueError("after return")
except ValueError as e:
    show(e)

# continue in handler
for i in range(2):
    try:
        raise KeyError(i)
    except KeyError:
        continue
try:
    raise ValueError("after continue")
except ValueError as e:
    show(e)

# re-raise same exception: no self context
try:
    try:
        raise KeyError("same")
    except KeyError as e:
        raise e
except KeyError as e:
    show(e)

# nested handlers
try:
    try:
        raise KeyError("1")
    except KeyError:
        try:
            raise IndexError("2")
        except IndexError:
            raise ValueError("3")
except ValueError as e:
    show(e)

# raise from
try:
    try:
        raise KeyError("x")
    except KeyError as k:
        raise ValueError("y") from TypeError("z")
except ValueError as e:
    show(e)

# exception in except clause matching expression
try:
    try:
        raise KeyError("m")
    except undefined_name:
        pass
except NameError as e:
    show(e)

# bare raise in finally of a handler
def bf():
    try:
        raise KeyError("bf")
    except KeyError:
        try:
            pass
        finally:
            raise
try:
    bf()
except KeyError as e:
    show(e)

# exception raised in handler, caught in same handler, then continue
try:
    raise KeyError("A")
except KeyError:
    try:
        raise ValueError("B")
    except ValueError as v:
        show(v)
    try:
        raise TypeError("C")
    except TypeError as t:
        show(t)

# sys.exit inside handler
import sys
try:
    try:
        raise KeyError("k")
    except KeyError:
        sys.exit(3)
except SystemExit as e:
    show(e)
    print(e.code)

# recursion error context
def deep(n):
    try:
        return deep(n + 1)
    except KeyError:
        pass
try:
    deep(0)
except RecursionError as e:
    show(e)
