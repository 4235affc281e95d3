# decorators: copying __name__, __doc__ and custom attributes onto the wrapper by hand
def wraps(original):
    def apply(wrapper):
        wrapper.__name__ = original.__name__
        wrapper.__doc__ = original.__doc__
        wrapper.__wrapped__ = original
        return wrapper
    return apply

def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@logged
def square(x):
    """Return x squared."""
    return x * x

@logged
def cube(x):
    """Return x cubed."""
    return x ** 3

print(square.__name__, square.__doc__)
print(cube.__name__, cube.__doc__)
print(square(3), square(4), cube(2))
print(square.calls, cube.calls)
print(square.__wrapped__(5), square.calls)

def bare(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper

@bare
def documented():
    """Docs that get lost."""
    return 1

print(documented.__name__, documented.__doc__)

def undocumented():
    return 0
print(undocumented.__doc__)

def attach(**attrs):
    def deco(fn):
        for k, v in attrs.items():
            setattr(fn, k, v)
        return fn
    return deco

@attach(version=2, author="krait")
def tool():
    return tool.version * 10

print(tool(), tool.author, getattr(tool, "missing", "none"))
