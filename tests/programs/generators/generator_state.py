# generators: locals persist across yields, independent instances, and errors raised inside a generator
def stateful():
    seen = []
    x = yield "ready"
    while x is not None:
        seen.append(x)
        x = yield "seen " + str(len(seen))
    yield "final " + ",".join(seen)

a = stateful()
b = stateful()
print(next(a), next(b))
print(a.send("p"), a.send("q"), b.send("z"))
print(a.send(None), b.send(None))

def failing(limit):
    for i in range(limit + 1):
        if i == limit:
            raise ValueError("limit " + str(limit) + " reached")
        yield i

out = []
try:
    for v in failing(3):
        out.append(v)
except ValueError as e:
    print("ValueError:", e, out)

g = failing(1)
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "dead after error"))

def self_reference():
    yield next(me)
me = self_reference()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def gen_with_default(x, scale=10):
    yield x * scale
    yield x * scale * 2
print(list(gen_with_default(1)), list(gen_with_default(2, scale=3)))
print(gen_with_default.__name__, type(gen_with_default(0)).__name__)
