# exceptions: errors while evaluating an except clause's class leave the handler and chain the original exception
def bad_name():
    try:
        raise KeyError("original")
    except undefined_class_name:
        return "not reached"

try:
    bad_name()
except NameError as e:
    print("NameError:", e, "| context:", repr(e.__context__))

def bad_class():
    try:
        raise ValueError("original")
    except "a string":
        return "not reached"

try:
    bad_class()
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))

def matches_first():
    # the first clause matches, so the bad second clause is never evaluated
    try:
        raise ValueError("v")
    except ValueError:
        return "first clause"
    except undefined_class_name:
        return "not reached"
print(matches_first())

# the state after such an error is clean: nothing is being handled
def reraiser():
    raise
try:
    reraiser()
except RuntimeError as e:
    print("RuntimeError:", e)
