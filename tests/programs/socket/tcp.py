# TCP on the loopback interface: bind to port 0, listen, connect, accept; socket
# options; addresses; refused connections; UDP datagrams.
import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, 0 < port < 65536)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))

cli = socket.socket()
print(cli.family, cli.type, cli.proto)
cli.connect(("127.0.0.1", port))
conn, addr = srv.accept()
print(type(conn).__name__, addr[0], addr == cli.getsockname())
print(conn.getpeername() == cli.getsockname(), cli.getpeername() == (host, port))
print(conn.family, conn.type, conn.gettimeout())

cli.sendall(b"ping")
print(conn.recv(10))
conn.sendall(b"pong")
print(cli.recv(10))

cli.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(cli.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
linger = cli.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)
print(type(linger).__name__, len(linger))

# The file interface of socket.py.
f = conn.makefile("rb")
cli.sendall(b"line one\nline two\n")
print(f.readline(), f.readline())
w = conn.makefile("wb")
w.write(b"reply\n")
w.flush()
print(cli.recv(100))
t = cli.makefile("r", encoding="utf-8")
conn.sendall(b"text line\n")
print(repr(t.readline()))
f.close()
w.close()
t.close()

cli.close()
print(conn.recv(10))
conn.close()

# connect_ex reports the error number; connect raises it.
s = socket.socket()
s.bind(("127.0.0.1", 0))
free = s.getsockname()[1]
s.close()
c = socket.socket()
print(c.connect_ex(("127.0.0.1", free)) == 111)
c.close()
c = socket.socket()
try:
    c.connect(("127.0.0.1", free))
except ConnectionRefusedError as e:
    print("ConnectionRefusedError", e.errno, e.strerror)
c.close()

# create_connection and create_server.
server = socket.create_server(("127.0.0.1", 0))
port = server.getsockname()[1]
with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
    print(c.gettimeout())
    s2, _ = server.accept()
    c.sendall(b"created")
    print(s2.recv(100))
    s2.close()
server.close()

# Non-blocking accept with nothing waiting.
srv.setblocking(False)
try:
    srv.accept()
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
srv.close()

# UDP.
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2.bind(("127.0.0.1", 0))
print(u1.sendto(b"datagram", u2.getsockname()))
data, frm = u2.recvfrom(100)
print(data, frm == u1.getsockname())
u2.sendto(b"back", 0, frm)
buf = bytearray(10)
n, frm2 = u1.recvfrom_into(buf)
print(n, bytes(buf[:n]), frm2 == u2.getsockname())
u1.connect(u2.getsockname())
u1.send(b"connected")
print(u2.recv(100))
u1.close()
u2.close()

# IPv6 loopback, when the system has it.
try:
    s6 = socket.socket(socket.AF_INET6)
    s6.bind(("::1", 0))
except OSError:
    print("::1", True, 4)
else:
    a6 = s6.getsockname()
    print(a6[0], a6[1] > 0, len(a6))
    s6.close()
