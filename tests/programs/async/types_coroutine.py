# types.coroutine: a generator function marked CO_ITERABLE_COROUTINE makes
# generators that await expressions accept.
import types


@types.coroutine
def suspend(value):
    got = yield value
    return got * 2


def plain():
    yield 1


async def main():
    r = await suspend("out")
    try:
        await plain()
    except TypeError as e:
        print("TypeError", e)
    return r


print(suspend.__code__.co_flags & 0x100, plain.__code__.co_flags & 0x100)
print(types.coroutine(main) is main)
c = main()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("StopIteration", e.value)

g = suspend(1)
print(type(g).__name__, next(g))
g.close()
