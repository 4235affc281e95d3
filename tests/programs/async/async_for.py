# async for with __aiter__/__anext__ and StopAsyncIteration.


def run(coro):
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield "tick"


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        if self.i == 2:
            await Tick()
        return self.i


async def main():
    out = []
    async for x in Counter(3):
        out.append(x)
    else:
        out.append("else")
    async for x in Counter(5):
        if x == 2:
            continue
        if x == 4:
            break
        out.append(x * 10)
    else:
        out.append("no else")
    async for a, b in Pairs():
        out.append(a + b)
    return out


class Pairs:
    def __aiter__(self):
        self.k = 0
        return self

    async def __anext__(self):
        self.k += 1
        if self.k > 2:
            raise StopAsyncIteration
        return (self.k, self.k)


print(run(main()))


async def early_return():
    async for x in Counter(10):
        if x == 3:
            return x


print(run(early_return()))


class Broken:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("broken")


async def propagates():
    try:
        async for x in Broken():
            pass
    except ValueError as e:
        return "caught " + str(e)


print(run(propagates()))
