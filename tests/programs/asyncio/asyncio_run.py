# asyncio.run: return values, exceptions, the running loop, callbacks and futures.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def nested():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]


print(asyncio.run(add(2, 3)))
print(asyncio.run(nested()))


async def fails():
    await asyncio.sleep(0)
    raise KeyError("boom")

try:
    asyncio.run(fails())
except KeyError as e:
    print("KeyError", e)

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError", e)

coro = add(1, 1)
try:
    asyncio.run(coro)
    asyncio.run(coro)
except RuntimeError as e:
    print("RuntimeError", e)


async def loop_things():
    loop = asyncio.get_running_loop()
    order = []
    loop.call_soon(order.append, "soon1")
    loop.call_later(0.02, order.append, "later")
    loop.call_soon(order.append, "soon2")
    h = loop.call_soon(order.append, "cancelled")
    h.cancel()
    print(h.cancelled())
    t0 = loop.time()
    await asyncio.sleep(0.05)
    print(loop.time() - t0 >= 0.04)
    print(order)

    fut = loop.create_future()
    print(fut.done(), fut.cancelled())
    fut.add_done_callback(lambda f: order.append(("done", f.result())))
    loop.call_soon(fut.set_result, 99)
    print(await fut)
    await asyncio.sleep(0)
    print(order[-1])
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print("InvalidStateError")

    f2 = loop.create_future()
    f2.set_exception(ZeroDivisionError("zero"))
    try:
        await f2
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    print(type(f2.exception()).__name__)
    c = add(1, 2)
    print(asyncio.iscoroutine(c))
    c.close()
    print(asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(print))
    print(asyncio.isfuture(fut))
    return loop.is_running()

print(asyncio.run(loop_things()))

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)


async def sleeper():
    r = await asyncio.sleep(0.01, result="slept")
    return r

print(asyncio.run(sleeper()))

with asyncio.Runner() as runner:
    print(runner.run(add(5, 6)))
    print(runner.run(add(7, 8)))
    print(runner.get_loop().is_closed())
try:
    runner.get_loop()
except RuntimeError as e:
    print("RuntimeError", e)

loop = asyncio.new_event_loop()
print(loop.run_until_complete(add(20, 22)))
loop.close()
print(loop.is_closed())
