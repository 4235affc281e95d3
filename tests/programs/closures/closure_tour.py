def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = make_counter()
print(c(), c(), c(5))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
print({k: v*v for k, v in zip("abc", range(3))})
print({x % 3 for x in range(10)})
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{'c': 9}))
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
print([*range(3), *"ab"], (*[1], 2), {**{'a': 1}, 'b': 2})
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def add(x, y):
    return x + y
print(add(2, 3))
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner()
    return mid()
print(outer())
print(list(map(lambda x: x * 2, [1, 2, 3])), list(filter(None, [0, 1, 2])))
print(sorted([3, 1, 2], key=lambda v: -v))
