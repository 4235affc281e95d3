# An async comprehension in a function that is not `async def`.


def f(it):
    return [x async for x in it]
