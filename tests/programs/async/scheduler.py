# A tiny round-robin scheduler driving several coroutines by hand.


class Yield:
    def __await__(self):
        yield


async def task(name, n, log):
    for i in range(n):
        log.append("%s%d" % (name, i))
        await Yield()
    return name * n


async def gather(*coros):
    return [await c for c in coros]


def schedule(coros):
    results = {}
    queue = list(enumerate(coros))
    while queue:
        i, c = queue.pop(0)
        try:
            c.send(None)
        except StopIteration as e:
            results[i] = e.value
        else:
            queue.append((i, c))
    return [results[i] for i in range(len(coros))]


log = []
print(schedule([task("a", 3, log), task("b", 1, log), task("c", 2, log)]))
print(log)
log = []
print(schedule([gather(task("x", 2, log), task("y", 2, log))]))
print(log)
