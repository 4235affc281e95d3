# TypeErrors of async for.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def loop(obj):
    async for x in obj:
        pass


class NoANext:
    def __aiter__(self):
        return 1


class BadANext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class SyncIter:
    def __iter__(self):
        return iter([1])


for obj in [1, [1, 2], SyncIter(), NoANext(), BadANext()]:
    try:
        run(loop(obj))
    except TypeError as e:
        print(type(e).__name__, e)
        if e.__cause__ is not None:
            print("  cause:", type(e.__cause__).__name__, e.__cause__)
