# The TypeErrors of `await` on objects that are not awaitable.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def wait(x):
    return await x


class NoIter:
    def __await__(self):
        return 42


class ListIter:
    def __await__(self):
        return [1, 2]


async def co():
    return 1


class CoroAwait:
    def __await__(self):
        return co()


class Plain:
    pass


for obj in [1, "s", None, Plain(), NoIter(), ListIter(), CoroAwait()]:
    try:
        run(wait(obj))
    except TypeError as e:
        print(type(e).__name__, e)

c = co()
run(c)
try:
    run(wait(c))
except RuntimeError as e:
    print(type(e).__name__, e)
