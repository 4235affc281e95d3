# Async generators under asyncio: async for, early exits closed by the loop, and
# the asyncgen hooks of the running loop.
import asyncio
import sys


async def ticker(n, log):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        log.append("ticker closed")


async def main():
    log = []
    got = [i async for i in ticker(3, log)]
    print(got, log)

    log = []
    async for i in ticker(10, log):
        if i == 2:
            break
    print("after break", i)
    # The loop's finalizer hook schedules aclose() of the abandoned generator.
    await asyncio.sleep(0.01)
    print(log)

    hooks = sys.get_asyncgen_hooks()
    print(hooks.firstiter is not None, hooks.finalizer is not None)

    g = ticker(5, log)
    print(await g.__anext__(), await g.asend(None))
    await g.aclose()
    print(log)


asyncio.run(main())
h = sys.get_asyncgen_hooks()
print(h, h.firstiter, h.finalizer)

left = []


async def main2():
    g = ticker(5, left)
    await g.__anext__()
    # Suspended when main2 ends: shutdown_asyncgens closes it.
    main2.g = g

asyncio.run(main2())
print(left)

try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print("TypeError", e)
try:
    sys.set_asyncgen_hooks(None, 2)
except TypeError as e:
    print("TypeError", e)
