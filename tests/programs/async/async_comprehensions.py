# Async comprehensions and await inside comprehensions of async functions.


def run(coro):
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield "tick"


async def agen(n):
    for i in range(n):
        await Tick()
        yield i


async def double(x):
    return 2 * x


async def main():
    a = [x async for x in agen(3)]
    b = {x: await double(x) for x in range(3)}
    c = {await double(x) for x in [1, 1, 2]}
    d = [y async for x in agen(2) for y in range(x + 1)]
    e = [[await double(y) for y in range(x)] for x in range(3)]
    g = (await double(x) for x in range(3))
    print(type(g).__name__)
    f = [v async for v in g]
    h = [x async for x in agen(4) if await double(x) > 2]
    return a, b, sorted(c), d, e, f, h


print(run(main()))


async def genexp_items():
    g = (x * 10 async for x in agen(2))
    out = []
    async for v in g:
        out.append(v)
    return out


print(run(genexp_items()))
