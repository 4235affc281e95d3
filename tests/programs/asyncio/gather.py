# asyncio.gather: result order, return_exceptions, errors, cancellation.
import asyncio


async def work(n, delay):
    await asyncio.sleep(delay)
    return n * 10


async def bad(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    # Results follow the argument order, not the completion order.
    print(await asyncio.gather(work(1, 0.03), work(2, 0.01), work(3, 0.02)))
    print(await asyncio.gather())
    print(await asyncio.gather(*[work(i, 0) for i in range(10)]))

    r = await asyncio.gather(work(1, 0), bad("b1"), work(3, 0), return_exceptions=True)
    print([type(x).__name__ if isinstance(x, Exception) else x for x in r])

    try:
        await asyncio.gather(work(1, 0.01), bad("first", 0.005))
    except ValueError as e:
        print("ValueError", e)

    # A future and a coroutine together; the same coroutine object twice.
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "fut")
    c = work(7, 0)
    print(await asyncio.gather(fut, c, c))

    # Nested gathers.
    inner = asyncio.gather(work(1, 0), work(2, 0))
    outer = await asyncio.gather(inner, work(3, 0))
    print(outer)

    # Cancelling the gather cancels its children.
    events = []

    async def child(i):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            events.append(i)
            raise

    g = asyncio.gather(child(1), child(2))
    await asyncio.sleep(0.01)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", sorted(events))

    # A child cancelled on its own: return_exceptions keeps the CancelledError.
    t = asyncio.ensure_future(child(3))
    g = asyncio.gather(t, work(4, 0.02), return_exceptions=True)
    await asyncio.sleep(0.005)
    t.cancel()
    r = await g
    print([type(x).__name__ if isinstance(x, BaseException) else x for x in r])

    try:
        asyncio.gather(1)
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())
