# A coroutine still alive at exit and never awaited is reported at shutdown.


async def job():
    return 1


async def other():
    return 2


kept = job()
also = job()
third = other()
started = other()
try:
    started.send(None)
except StopIteration:
    pass
closed = job()
closed.close()
print("end")
