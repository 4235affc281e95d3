# decorators: decorator factories that take arguments
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hello " + name

print(hello("world"))

@repeat(0)
def nothing():
    return 1

print(nothing())

def clamp(lo, hi):
    def deco(fn):
        def wrapper(*args):
            r = fn(*args)
            if r < lo:
                return lo
            if r > hi:
                return hi
            return r
        return wrapper
    return deco

@clamp(0, 100)
def score(a, b):
    return a * b

print(score(3, 4), score(20, 20), score(-5, 3))

def prefix(text="LOG", *, upper=False):
    def deco(fn):
        def wrapper(*a, **k):
            msg = text + ": " + str(fn(*a, **k))
            return msg.upper() if upper else msg
        return wrapper
    return deco

@prefix()
def one():
    return "one"

@prefix("warn", upper=True)
def two():
    return "two"

@prefix(text="dbg")
def three(x, y=0):
    return x + y

print(one(), two(), three(1, y=2))

def retry(attempts):
    def deco(fn):
        def wrapper(*args):
            last = None
            for i in range(attempts):
                try:
                    return fn(*args, attempt=i)
                except ValueError as e:
                    print("attempt", i, "failed:", e)
                    last = e
            return "gave up after " + str(attempts) + ": " + str(last)
        return wrapper
    return deco

@retry(3)
def flaky(limit, attempt=0):
    if attempt < limit:
        raise ValueError("too early " + str(attempt))
    return "succeeded at " + str(attempt)

print(flaky(1))
print(flaky(5))
