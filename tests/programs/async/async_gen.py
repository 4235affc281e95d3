# Async generators: __aiter__, __anext__, asend, async for over them.


def run(coro):
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield "tick"


async def numbers(n):
    for i in range(n):
        if i == 1:
            await Tick()
        yield i


async def main():
    out = []
    async for x in numbers(3):
        out.append(x)
    g = numbers(2)
    print(type(g).__name__, g.__name__, g.__aiter__() is g)
    print(repr(g).startswith("<async_generator object numbers at 0x"))
    out.append(await g.__anext__())
    out.append(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append("end")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append("end again")
    return out


print(run(main()))


async def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            return
        received.append(v)
        print("got", v)


async def talk():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("x"))
    print(await g.asend("y"))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("finished")


run(talk())


async def gen_comp():
    return [x async for x in numbers(4) if x % 2 == 0]


print(run(gen_comp()))
a = numbers(1).__anext__()
print(type(a).__name__)
try:
    a.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    a.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
