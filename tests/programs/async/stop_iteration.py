# StopIteration raised inside a coroutine becomes RuntimeError (PEP 479).


async def bad():
    raise StopIteration(5)


c = bad()
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__.args)


async def via_next():
    next(iter([]))


try:
    via_next().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)


async def returns_tuple():
    return (1, 2)


try:
    returns_tuple().send(None)
except StopIteration as e:
    print(e.value, e.args)


async def returns_none():
    return None


try:
    returns_none().send(None)
except StopIteration as e:
    print(e.value, e.args)
