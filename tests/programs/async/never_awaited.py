# A coroutine that is never awaited: CPython warns on stderr when it is freed.


async def job():
    return 1


def make():
    c = job()
    print(type(c).__name__)


make()
print("end")
