# asyncio queues: FIFO, LIFO and priority order, bounds, join/task_done, errors.
import asyncio


async def producer(q, items, log):
    for i in items:
        await q.put(i)
        log.append(("put", i))
    await q.put(None)


async def consumer(q, log):
    got = []
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return got
        log.append(("got", item))
        got.append(item)


async def main():
    q = asyncio.Queue()
    print(q.empty(), q.full(), q.qsize(), q.maxsize)
    for i in range(3):
        q.put_nowait(i)
    print(q.qsize(), [q.get_nowait() for _ in range(3)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    b = asyncio.Queue(maxsize=2)
    b.put_nowait("a")
    b.put_nowait("b")
    print(b.full())
    try:
        b.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")

    # A bounded queue makes the producer wait for the consumer.
    log = []
    q = asyncio.Queue(maxsize=1)
    got, _ = await asyncio.gather(consumer(q, log), producer(q, range(5), log))
    print(got)
    print(log)

    lq = asyncio.LifoQueue()
    for i in [1, 2, 3]:
        await lq.put(i)
    got = [await lq.get() for _ in range(3)]
    print(got)

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (0, "z")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(4)])

    # join() waits until every item was marked done.
    q = asyncio.Queue()
    done = []

    async def worker(name):
        while True:
            item = await q.get()
            await asyncio.sleep(0.001 * item)
            done.append(item)
            q.task_done()

    workers = [asyncio.create_task(worker(f"w{i}")) for i in range(3)]
    for i in range(9):
        q.put_nowait(i)
    await q.join()
    print(sorted(done))
    for w in workers:
        w.cancel()
    r = await asyncio.gather(*workers, return_exceptions=True)
    print([type(x).__name__ for x in r])

    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)

    # get() waits for a later put; a cancelled get loses nothing.
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(getter.done())
    q.put_nowait("late")
    print(await getter)

    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g2.cancel()
    await asyncio.sleep(0)
    q.put_nowait("kept")
    print(g2.cancelled(), q.get_nowait())

    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("TimeoutError")
    print(repr(asyncio.Queue(3)).split(" at ")[0])

asyncio.run(main())
