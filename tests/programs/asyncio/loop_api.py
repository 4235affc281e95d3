# Event loop calls: call_at/call_later ordering, run_forever/stop, exception
# handlers, add_reader on a socket pair, run_in_executor-free futures.
import asyncio
import socket

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
order = []
now = loop.time()
loop.call_at(now + 0.02, order.append, "at+0.02")
loop.call_later(0.01, order.append, "later+0.01")
loop.call_soon(order.append, "soon")
h = loop.call_later(0.015, order.append, "cancelled")
h.cancel()
loop.call_later(0.03, loop.stop)
loop.run_forever()
print(order, loop.is_running())

# An exception in a callback goes to the exception handler.
seen = []
loop.set_exception_handler(lambda lp, ctx: seen.append((type(ctx["exception"]).__name__, ctx["message"].split(" at ")[0])))


def bad_callback():
    raise ZeroDivisionError("in callback")

loop.call_soon(bad_callback)
loop.call_soon(loop.stop)
loop.run_forever()
print(seen)
loop.set_exception_handler(None)
print(loop.get_exception_handler())

# add_reader/remove_reader with a socket pair.
a, b = socket.socketpair()
a.setblocking(False)
b.setblocking(False)
got = []


def on_readable():
    got.append(a.recv(100))
    loop.remove_reader(a)
    loop.stop()

loop.add_reader(a, on_readable)
loop.call_later(0.01, b.send, b"wake up")
loop.run_forever()
print(got)


async def sock_io():
    await loop.sock_sendall(b, b"via loop")
    data = await loop.sock_recv(a, 100)
    return data

print(loop.run_until_complete(sock_io()))
a.close()
b.close()

# run_until_complete with a future, and with a finished one.
fut = loop.create_future()
loop.call_soon(fut.set_result, "future result")
print(loop.run_until_complete(fut))
print(loop.run_until_complete(fut))

# Closing: the loop refuses work afterwards.
loop.close()
try:
    loop.call_soon(print, "never")
except RuntimeError as e:
    print("RuntimeError", e)
c = asyncio.sleep(0)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError", e)
c.close()
asyncio.set_event_loop(None)
