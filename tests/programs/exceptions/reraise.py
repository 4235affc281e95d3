# exceptions: bare raise re-raises the current exception, raise in except, nested handlers
def inner():
    try:
        return int("x")
    except ValueError:
        print("inner caught, re-raising")
        raise

def middle():
    try:
        inner()
    finally:
        print("middle finally")

try:
    middle()
except ValueError as e:
    print("outer caught:", e)

def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError("could not convert " + repr(s))

for s in ["5", "five"]:
    try:
        print(convert(s))
    except TypeError as e:
        print("TypeError:", e)
try:
    try:
        raise KeyError("first")
    except KeyError as e:
        print("handling", repr(e))
        raise ValueError("second")
except ValueError as e2:
    print("got", repr(e2))
def catch_and_return():
    try:
        raise RuntimeError("boom")
    except RuntimeError as e:
        return "returned " + str(e)
print(catch_and_return())
try:
    raise ValueError("original")
except ValueError as err:
    try:
        raise
    except ValueError as again:
        print("again", again, again is err)
