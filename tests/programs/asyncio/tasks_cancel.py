# Tasks: creation, names, cancellation (messages, shields, finally), timeouts.
import asyncio


async def sleeper(log, name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise
    finally:
        log.append(f"{name} finally")


async def main():
    log = []
    t = asyncio.create_task(sleeper(log, "a", 10), name="alpha")
    print(t.get_name(), t.done())
    await asyncio.sleep(0)
    print(t.cancel("stop it"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", e.args)
    print(t.cancelled(), t.done(), log)
    print(t.cancel())

    # A task that swallows its cancellation finishes normally.
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "refused"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # shield: the inner task survives the cancellation of the outer await.
    log = []
    inner = asyncio.create_task(sleeper(log, "inner", 0.02))

    async def outer():
        return await asyncio.shield(inner)

    o = asyncio.create_task(outer())
    await asyncio.sleep(0.005)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled")
    print(await inner, log)

    # wait_for and asyncio.timeout.
    log = []
    try:
        await asyncio.wait_for(sleeper(log, "slow", 10), timeout=0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out", log)
    print(await asyncio.wait_for(sleeper([], "fast", 0), timeout=1))

    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout() expired")

    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print(cm.when(), cm.expired())

    # asyncio.wait with FIRST_COMPLETED, and as_completed.
    tasks = [asyncio.create_task(sleeper([], n, d)) for n, d in [("x", 0.03), ("y", 0.01), ("z", 0.02)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    order = [await f for f in asyncio.as_completed(pending)]
    print(order)

    # An exception in a task is kept until awaited.
    async def boom():
        raise RuntimeError("task failed")

    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(t.done(), type(t.exception()).__name__, t.exception())

    # Cancelling a task that awaits another cancels the awaited one.
    log = []
    child = asyncio.create_task(sleeper(log, "child", 10))

    async def parent():
        await child

    p = asyncio.create_task(parent())
    await asyncio.sleep(0)
    p.cancel()
    await asyncio.gather(p, return_exceptions=True)
    print(child.cancelled(), log)

    # current_task and all_tasks.
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks())

    # TaskGroup.
    results = []

    async def member(i):
        await asyncio.sleep(0.001 * i)
        results.append(i)
        return i

    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(member(i)) for i in range(4)]
    print(results, [t.result() for t in ts])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(member(1))
            tg.create_task(boom())
    except* RuntimeError as eg:
        print("TaskGroup", [str(e) for e in eg.exceptions])

asyncio.run(main(), debug=False)
