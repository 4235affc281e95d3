# socket.socketpair(): sending and receiving, buffers, shutdown, blocking modes.
import socket

a, b = socket.socketpair()
print(type(a).__name__, a.family, a.type, a.proto)
print(repr(a.family), repr(a.type))
print(a.getsockname() == "", a.getpeername() == "")
print(a.gettimeout(), a.getblocking(), a.timeout)

print(a.send(b"hello"))
print(b.recv(100))
a.sendall(b"x" * 100000 if False else b"spam and eggs")
print(b.recv(4), b.recv(100))

# recv_into a bytearray and a memoryview slice.
a.sendall(b"abcdef")
buf = bytearray(10)
n = b.recv_into(buf)
print(n, buf)
a.sendall(b"123456")
mv = memoryview(bytearray(8))
print(b.recv_into(mv[2:], 4), bytes(mv))
print(b.recv(10))

# Large transfers go in pieces: sendall on one side, a loop of recv on the other
# (the socket buffers hold it all here).
data = bytes(range(256)) * 40
a.sendall(data)
got = b""
while len(got) < len(data):
    got += b.recv(4096)
print(len(got), got == data)

# Other bytes-like objects.
a.send(bytearray(b"ba"))
a.send(memoryview(b"mv"))
print(b.recv(10))

# Non-blocking: nothing to read.
b.setblocking(False)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
b.setblocking(True)
print(b.gettimeout(), b.getblocking())

# Shutdown: the peer reads end of file.
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
b.sendall(b"still open")
print(a.recv(100))

# fileno, detach, dup, and a socket object made from a descriptor.
fd = a.fileno()
print(fd > 2)
c = a.dup()
print(c.fileno() != fd, c.family == a.family, c.get_inheritable())
s = socket.socket(fileno=c.detach())
print(c.fileno(), s.family, s.type)
b.sendall(b"via fileno")
print(s.recv(100))
s.close()

print(a.close(), a.close(), a.fileno())
try:
    a.send(b"x")
except OSError as e:
    print(type(e).__name__, e.errno)
print(repr(a).startswith("<socket.socket [closed] fd=-1"))
b.close()

# Context manager.
with socket.socketpair()[0] as s:
    print(s.fileno() >= 0)
print(s._closed, s.fileno())

# Datagram pairs keep message boundaries.
x, y = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
x.send(b"one")
x.send(b"two")
print(y.recv(100), y.recv(100), y.type)
x.close()
y.close()

# The raw _socket functions.
import _socket
p, q = _socket.socketpair()
print(type(p), repr(p).split(",")[1:])
p.send(b"raw")
print(q.recv(3))
fd = p.detach()
print(p.fileno(), repr(p))
_socket.close(fd)
q.close()
