# decorators: a plain decorator wrapping a function and logging calls and results
def trace(fn):
    def wrapper(*args, **kwargs):
        print("-> " + fn.__name__ + str(args) + (" " + str(kwargs) if kwargs else ""))
        result = fn(*args, **kwargs)
        print("<- " + fn.__name__ + " = " + repr(result))
        return result
    return wrapper

@trace
def add(a, b):
    return a + b

@trace
def greet(name, punctuation="!"):
    return "hi " + name + punctuation

print(add(2, 3))
print(greet("ann"))
print(greet("bob", punctuation="?"))
print(add.__name__)

def identity(fn):
    print("decorating", fn.__name__)
    return fn

@identity
def plain():
    return "plain result"

print(plain(), plain.__name__)

def replace_with_constant(fn):
    return 42

@replace_with_constant
def gone():
    return "never"

print(gone, type(gone).__name__)

@trace
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(3))
