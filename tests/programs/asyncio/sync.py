# asyncio's synchronisation primitives: Lock, Event, Condition, Semaphore, Barrier.
import asyncio


async def main():
    lock = asyncio.Lock()
    log = []

    async def critical(name):
        async with lock:
            log.append(f"{name} in")
            await asyncio.sleep(0.001)
            log.append(f"{name} out")

    await asyncio.gather(*(critical(n) for n in "abc"))
    print(log)
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)

    ev = asyncio.Event()
    seen = []

    async def waiter(i):
        await ev.wait()
        seen.append(i)

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), seen)
    ev.set()
    await asyncio.gather(*ws)
    print(ev.is_set(), seen)
    ev.clear()
    print(ev.is_set())

    cond = asyncio.Condition()
    items = []

    async def consume():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()

    async def produce():
        await asyncio.sleep(0.001)
        async with cond:
            items.append("item")
            cond.notify()

    print(await asyncio.gather(consume(), produce()))

    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def limited():
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1

    await asyncio.gather(*(limited() for _ in range(6)))
    print(peak, sem.locked())

    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)

    barrier = asyncio.Barrier(3)
    order = []

    async def party(i):
        await asyncio.sleep(0.001 * i)
        order.append(("arrive", i))
        await barrier.wait()
        order.append(("leave", i))

    await asyncio.gather(*(party(i) for i in range(3)))
    print(order[:3], sorted(order[3:]))

asyncio.run(main())
