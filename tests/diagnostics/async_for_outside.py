# `async for` in a function that is not `async def`.


def f(it):
    async for x in it:
        print(x)
