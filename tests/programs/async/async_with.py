# async with: __aenter__/__aexit__ awaited, suppression, exits on return/break.


def run(coro):
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield "tick"


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await Tick()
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        await Tick()
        return self.suppress


async def main():
    async with Manager("a") as v:
        print("inside", v)
    async with Manager("b", suppress=True):
        raise ValueError("swallowed")
    print("after b")
    try:
        async with Manager("c"):
            raise KeyError("kept")
    except KeyError as e:
        print("caught", repr(e))
    async with Manager("d") as x, Manager("e") as y:
        print("both", x, y)
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 1:
                break
    return await early()


async def early():
    async with Manager("f"):
        return "returned"


print(run(main()))
