# TypeErrors of async with.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def use(m):
    async with m:
        print("body")


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class NoExit:
    async def __aenter__(self):
        return self


class EnterNotAwaitable:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        pass


class ExitNotAwaitable:
    async def __aenter__(self):
        return self

    def __aexit__(self, *a):
        return False


for m in [1, SyncOnly(), NoExit(), EnterNotAwaitable(), ExitNotAwaitable()]:
    try:
        run(use(m))
    except TypeError as e:
        print(type(e).__name__, e)
