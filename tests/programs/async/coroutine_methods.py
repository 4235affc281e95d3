# Coroutine objects as values: methods looked up, __await__ iterators, cr_running.


class Suspend:
    def __await__(self):
        return (yield "s")


async def f(x):
    y = await Suspend()
    return x, y


c = f(1)
send = c.send
print(send(None))
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    w.send("sent")
except StopIteration as e:
    print("stop", e.value)
print(c.cr_running)

c2 = f(2)
w2 = c2.__await__()
print(next(w2))
try:
    next(w2)
except StopIteration as e:
    print("stop", e.value)
try:
    next(w2)
except RuntimeError as e:
    print(type(e).__name__, e)


def gen_based():
    x = yield from f(3).__await__()
    return x


g = gen_based()
print(next(g))
try:
    g.send("z")
except StopIteration as e:
    print("gen stop", e.value)


async def awaits_other(co):
    return await co


a = f(4)
a.send(None)
try:
    awaits_other(a).send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
a.close()
