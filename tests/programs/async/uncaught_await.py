# An uncaught error from an await: the traceback's last line.


async def inner():
    raise ValueError("from inner")


async def outer():
    await inner()


c = outer()
c.send(None)
