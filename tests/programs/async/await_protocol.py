# __await__ returning an iterator or generator that yields to the driver.


class Sleep:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n):
            got = yield ("tick", i)
            print("resumed with", got)
        return "slept %d" % self.n


class Ready:
    def __await__(self):
        return iter([])


async def main():
    r = await Sleep(2)
    print(r)
    r2 = await Ready()
    print("ready", r2)
    return "done"


c = main()
print(c.send(None))
print(c.send("a"))
try:
    c.send("b")
except StopIteration as e:
    print("stop", e.value)


class Wrap:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return self.coro.__await__()


async def inner():
    v = await Sleep(1)
    return v + "!"


async def outer():
    return await Wrap(inner())


c = outer()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("stop", e.value)
