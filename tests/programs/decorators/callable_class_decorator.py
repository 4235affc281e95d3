# decorators: a class whose instances act as decorators and wrappers via __call__
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
        self.__name__ = fn.__name__

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.fn(*args, **kwargs)

@CountCalls
def shout(s):
    return s.upper() + "!"

print(shout("hi"), shout("there"))
print(shout.count, shout.__name__, type(shout).__name__)

class Validate:
    def __init__(self, *types):
        self.types = types

    def __call__(self, fn):
        types = self.types
        def wrapper(*args):
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    raise TypeError("argument " + str(i) + " of " + fn.__name__ + " must be " + t.__name__ + ", got " + type(a).__name__)
            return fn(*args)
        return wrapper

@Validate(int, int)
def add(a, b):
    return a + b

@Validate(str, int)
def rep(s, n):
    return s * n

print(add(2, 3), rep("ab", 3))
for call in [lambda: add(1, "2"), lambda: rep(3, 3), lambda: add(1.5, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

@CountCalls
@Validate(int)
def neg(x):
    return -x

print(neg(5), neg(6), neg.count)
try:
    neg("7")
except TypeError as e:
    print("TypeError:", e, neg.count)
