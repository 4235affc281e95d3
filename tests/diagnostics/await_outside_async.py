# `await` in a function that is not `async def`.


def f(x):
    return await x
