# Context variables in asyncio: each task runs in a copy of its creator's context.
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")


async def handler(name):
    request.set(name)
    await asyncio.sleep(0.001)
    return await inner()


async def inner():
    await asyncio.sleep(0)
    return request.get()


async def main():
    request.set("main")
    print(await asyncio.gather(handler("a"), handler("b"), handler("c")))
    # The tasks' sets did not leak into this one.
    print(request.get())
    # A coroutine awaited directly runs in the caller's context.
    await handler("direct")
    print(request.get())

    # A task made in an explicit context.
    ctx = contextvars.Context()
    t = asyncio.get_running_loop().create_task(inner(), context=ctx) if hasattr(asyncio.AbstractEventLoop, "create_task") else None
    print(await t)

    # Callbacks run in the context given to call_soon.
    loop = asyncio.get_running_loop()
    ctx = contextvars.copy_context()
    ctx.run(request.set, "callback")
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(request.get()), context=ctx)
    print(await fut, request.get())

    # to_thread is out of scope; run_in_executor(None) is not used here.
    var2 = contextvars.ContextVar("var2")
    tok = var2.set(1)

    async def reader():
        return var2.get("missing")

    print(await asyncio.create_task(reader()))
    var2.reset(tok)
    print(await asyncio.create_task(reader()))

asyncio.run(main())
print(request.get())
