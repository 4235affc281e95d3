# Awaiting something that is not awaitable, uncaught.


async def main():
    await 42


main().send(None)
