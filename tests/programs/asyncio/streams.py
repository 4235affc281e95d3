# asyncio streams over TCP on the loopback interface: a server and clients, with
# the non-blocking sockets, getaddrinfo and the selector underneath.
import asyncio


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, lines):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    out = []
    for line in lines:
        writer.write(line.encode() + b"\n")
        await writer.drain()
        out.append((await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()
    return out


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    sock = server.sockets[0]
    host, port = sock.getsockname()
    print(host, port > 0, sock.family.name, sock.type.name)
    async with server:
        results = await asyncio.gather(client(port, ["hello", "world"]), client(port, ["a", "b", "c"]))
        print(results)

        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"partial")
        writer.write_eof()
        print(await reader.read())
        print(writer.get_extra_info("peername")[1] == port)
        writer.close()
        await writer.wait_closed()

    # A refused connection.
    closed = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = closed.sockets[0].getsockname()[1]
    closed.close()
    await closed.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("ConnectionRefusedError", e.errno)

    # readexactly and IncompleteReadError.
    async def once(reader, writer):
        writer.write(b"12345")
        writer.close()

    server = await asyncio.start_server(once, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.readexactly(3))
    try:
        await reader.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError", e.partial, e.expected)
    writer.close()
    server.close()
    await server.wait_closed()

asyncio.run(main())
