# athrow and aclose on async generators.


def run(coro):
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield "tick"


async def agen():
    try:
        yield 1
        try:
            yield 2
        except ValueError as e:
            print("handled", e)
            yield 3
        yield 4
    finally:
        print("finally")
        await Tick()


async def main():
    g = agen()
    print(await g.__anext__())
    print(await g.__anext__())
    print(await g.athrow(ValueError("v")))
    print(await g.aclose())
    print(g.ag_running)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed")
    print(await g.aclose())

    g = agen()
    await g.__anext__()
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))

    g = agen()
    print(await g.aclose())


run(main())


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def ignore():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)
    g2 = stubborn()
    await g2.__anext__()
    try:
        g2.aclose().send(None)
    except RuntimeError as e:
        print(type(e).__name__, e)


run(ignore())


async def stops():
    yield 1
    raise StopAsyncIteration


async def check():
    g = stops()
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        print(type(e).__name__, e)
    aw = g.aclose()
    try:
        await aw
    except Exception as e:
        print(type(e).__name__, e)
    try:
        await aw
    except RuntimeError as e:
        print(type(e).__name__, e)


run(check())
