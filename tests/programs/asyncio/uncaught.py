# An exception escaping asyncio.run() ends the program with its traceback, after
# the loop cancelled the other tasks.
import asyncio


async def background(log):
    try:
        await asyncio.sleep(10)
    finally:
        log.append("background cancelled")
        print(log)


async def main():
    log = []
    asyncio.create_task(background(log))
    await asyncio.sleep(0.01)
    raise OSError(5, "simulated failure")

asyncio.run(main())
