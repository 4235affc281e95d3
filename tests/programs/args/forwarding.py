# args: wrappers forwarding *args and **kwargs unchanged to the wrapped function
def target(a, b=0, *rest, flag=False, **opts):
    return {"a": a, "b": b, "rest": rest, "flag": flag, "opts": opts}

def forward(*args, **kwargs):
    print("forwarding", args, kwargs)
    return target(*args, **kwargs)

print(forward(1))
print(forward(1, 2, 3, flag=True))
print(forward(a=5, b=6, color="blue"))

def with_prefix(prefix, *args, **kwargs):
    return [prefix] + list(args) + sorted(kwargs.items())

def partial(fn, *pre, **prekw):
    def call(*args, **kwargs):
        merged = dict(prekw)
        merged.update(kwargs)
        return fn(*pre, *args, **merged)
    return call

p = partial(with_prefix, ">>", 1, z=26)
print(p())
print(p(2, 3, a=1))
print(p(z=0))

t = partial(target, 10, flag=True)
print(t())
print(t(20, 30, x=1))
print(t(flag=False))

def counted(fn):
    count = {"n": 0}
    def inner(*a, **k):
        count["n"] += 1
        return fn(*a, **k), count["n"]
    return inner

cmax = counted(max)
print(cmax(3, 4), cmax([5, 1]), cmax("abc", key=lambda ch: -ord(ch)))
try:
    forward()
except TypeError as e:
    print("TypeError:", e)
