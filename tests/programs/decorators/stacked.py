# decorators: stacked decorators are applied bottom-up and run outermost first
def tag(name):
    def deco(fn):
        print("applying", name)
        def wrapper(*a):
            return "<" + name + ">" + fn(*a) + "</" + name + ">"
        return wrapper
    return deco

@tag("b")
@tag("i")
@tag("u")
def text(s):
    return s

print(text("hello"))

order = []
def first(fn):
    order.append("first applied")
    def w():
        order.append("first runs")
        r = fn()
        order.append("first done")
        return r
    return w

def second(fn):
    order.append("second applied")
    def w():
        order.append("second runs")
        r = fn()
        order.append("second done")
        return r
    return w

@first
@second
def core():
    order.append("core")
    return "ok"

print(order)
order.clear()
print(core())
print(order)

def double(fn):
    return lambda x: fn(x) * 2
def inc(fn):
    return lambda x: fn(x) + 1

@double
@inc
def a(x):
    return x

@inc
@double
def b(x):
    return x

print(a(5), b(5))
