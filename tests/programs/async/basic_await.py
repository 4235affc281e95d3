# Coroutines driven by hand: a trampoline sends None until StopIteration.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def add(a, b):
    return a + b


async def twice(x):
    first = await add(x, x)
    second = await add(first, 1)
    return first, second


async def nothing():
    pass


print(run(twice(5)))
print(run(nothing()))
c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__)
print(repr(c).startswith("<coroutine object add at 0x"))
print(run(c))


class Box:
    async def get(self, k):
        return k * 2


print(run(Box().get(21)))
print(Box().get.__qualname__)
b = Box().get(1)
print(b.__qualname__)
b.close()


async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)


print(run(deep(50)))
