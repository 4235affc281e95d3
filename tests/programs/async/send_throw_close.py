# send, throw and close on coroutines.


class Suspend:
    def __await__(self):
        v = yield "suspended"
        return v


async def worker():
    total = 0
    try:
        while True:
            try:
                v = await Suspend()
            except ValueError as e:
                print("caught", e)
                continue
            if v is None:
                break
            total += v
    finally:
        print("cleanup", total)
    return total


c = worker()
print(c.send(None))
print(c.send(1))
print(c.send(2))
print(c.throw(ValueError("bad")))
print(c.send(3))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

c = worker()
c.send(None)
c.send(10)
print(c.close())
print(c.close())

c = worker()
try:
    c.send(5)
except TypeError as e:
    print(type(e).__name__, e)
c.close()

c = worker()
try:
    c.throw(KeyError("early"))
except KeyError as e:
    print("not started:", repr(e))
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)


async def stubborn():
    try:
        await Suspend()
    except GeneratorExit:
        await Suspend()


c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
