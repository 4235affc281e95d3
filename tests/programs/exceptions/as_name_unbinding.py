# exceptions: the `except ... as name` variable is unbound however the handler ends (normally, break, continue, return, exception)
def after_break():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            break
    try:
        return e
    except UnboundLocalError as u:
        return "break: " + str(u)
print(after_break())

def after_continue():
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError as e:
            continue
    try:
        return e
    except UnboundLocalError:
        return "continue: unbound"
print(after_continue())

def after_exception():
    try:
        try:
            raise KeyError("k")
        except KeyError as e:
            raise TypeError("t")
    except TypeError:
        pass
    try:
        return e
    except UnboundLocalError:
        return "exception: unbound"
print(after_exception())

def rebinding_previous_value():
    e = "old value"
    try:
        raise KeyError("k")
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError:
        return "previous value gone too"
print(rebinding_previous_value())

def parameter_as_name(e):
    try:
        raise ValueError("v")
    except ValueError as e:
        print("inside:", repr(e))
    try:
        return e
    except UnboundLocalError:
        return "parameter unbound"
print(parameter_as_name(42))

def nested_same_name():
    try:
        raise KeyError("outer")
    except KeyError as e:
        try:
            raise ValueError("inner")
        except ValueError as e:
            pass
        try:
            print(e)
        except UnboundLocalError:
            print("inner handler unbound the shared name")
nested_same_name()

def with_finally():
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 0:
                continue
            return "returned " + str(e)
        finally:
            print("finally", i)
print(with_finally())

# module level: the global is deleted
for n in range(2):
    try:
        raise ValueError(n)
    except ValueError as err:
        break
try:
    print(err)
except NameError as ne:
    print("module:", ne)
