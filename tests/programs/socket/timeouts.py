# Socket timeouts: settimeout/gettimeout, TimeoutError, the default timeout.
import socket

a, b = socket.socketpair()
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking(), a.timeout)
try:
    a.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e, e.errno)
print(socket.timeout is TimeoutError)

a.settimeout(2)
print(a.gettimeout())
b.sendall(b"in time")
print(a.recv(100))

a.settimeout(0)
print(a.gettimeout(), a.getblocking())
a.settimeout(None)
print(a.gettimeout(), a.getblocking())
a.settimeout(1.5)
a.setblocking(True)
print(a.gettimeout())
a.setblocking(False)
print(a.gettimeout())

for bad in [-1, -0.5, "x", float("nan")]:
    try:
        a.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# A listening socket with a timeout.
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
srv.settimeout(0.02)
try:
    srv.accept()
except TimeoutError as e:
    print("accept:", e)
srv.close()

print(socket.getdefaulttimeout())
socket.setdefaulttimeout(3)
s = socket.socket()
print(s.gettimeout(), socket.getdefaulttimeout())
s.close()
c, d = socket.socketpair()
print(c.gettimeout())
c.close()
d.close()
socket.setdefaulttimeout(None)
s = socket.socket()
print(s.gettimeout())
s.close()
try:
    socket.setdefaulttimeout(-2)
except ValueError as e:
    print("ValueError", e)

# sendall with a timeout when the peer never reads.
a.settimeout(0.05)
try:
    while True:
        a.sendall(b"x" * 65536)
except TimeoutError as e:
    print("sendall:", e)
a.close()
b.close()
