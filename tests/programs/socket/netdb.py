# Address conversions, byte order, and name lookups of numeric addresses (no DNS).
import socket


def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)


for ip in ["1.2.3.4", "127.0.0.1", "1.2.3", "1", "0x7f.1", "255.255.255.255"]:
    t(lambda: socket.inet_aton(ip))
t(lambda: socket.inet_aton("x"))
t(lambda: socket.inet_aton(b"1.2.3.4"))
t(lambda: socket.inet_ntoa(b"\x7f\x00\x00\x01"))
t(lambda: socket.inet_ntoa(bytearray(b"\x01\x02\x03\x04")))
t(lambda: socket.inet_ntoa(b"abc"))
t(lambda: socket.inet_ntoa("abcd"))
t(lambda: socket.inet_pton(socket.AF_INET, "10.0.0.1"))
t(lambda: socket.inet_pton(socket.AF_INET, "1.2.3"))
t(lambda: socket.inet_pton(socket.AF_INET6, "::1"))
t(lambda: socket.inet_pton(socket.AF_INET6, "2001:db8::ff00:42:8329"))
t(lambda: socket.inet_pton(socket.AF_INET6, "::ffff:1.2.3.4"))
t(lambda: socket.inet_pton(socket.AF_INET6, "1:::2"))
t(lambda: socket.inet_pton(99, "1.2.3.4"))
t(lambda: socket.inet_ntop(socket.AF_INET, b"\x0a\x00\x00\x01"))
t(lambda: socket.inet_ntop(socket.AF_INET6, bytes(15) + b"\x01"))
t(lambda: socket.inet_ntop(socket.AF_INET6, bytes.fromhex("20010db8000000000000ff0000428329")))
t(lambda: socket.inet_ntop(socket.AF_INET6, b"123"))
t(lambda: socket.inet_ntop(99, b"1234"))

for f in [socket.htons, socket.ntohs, socket.htonl, socket.ntohl]:
    t(lambda: f(1))
    t(lambda: f(0x1234))
    t(lambda: f(True))
t(lambda: socket.htons(70000))
t(lambda: socket.htons(-1))
t(lambda: socket.htons(2**40))
t(lambda: socket.htons(1.5))
t(lambda: socket.htonl(2**32))
t(lambda: socket.htonl(2**64))
t(lambda: socket.htonl(-1))
t(lambda: socket.htonl(1.5))
t(lambda: socket.ntohl(0x12345678))

# getaddrinfo of numeric hosts and ports.
for args in [("127.0.0.1", 80), ("127.0.0.1", "80"), ("127.0.0.1", b"80"), ("127.0.0.1", None),
             (b"127.0.0.1", 8080), ("::1", 443), (None, 0)]:
    try:
        r = socket.getaddrinfo(*args, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST | socket.AI_PASSIVE)
        print([(fam.name, typ.name, proto, canon, addr) for fam, typ, proto, canon, addr in r])
    except socket.gaierror as e:
        print("gaierror", e)
r = socket.getaddrinfo("127.0.0.1", 53, socket.AF_INET, socket.SOCK_DGRAM)
print(r)
t(lambda: socket.getaddrinfo("not a host", 80, flags=socket.AI_NUMERICHOST))
t(lambda: socket.getaddrinfo("127.0.0.1", "nonexistentservice", flags=socket.AI_NUMERICSERV))
t(lambda: socket.getaddrinfo("127.0.0.1", 80, 999))
t(lambda: socket.getaddrinfo("127.0.0.1", 1.5))
t(lambda: socket.getaddrinfo("127.0.0.1", True))
t(lambda: socket.getaddrinfo(1, 80))
t(lambda: socket.getaddrinfo("127.0.0.1"))
t(lambda: socket._socket.getaddrinfo(host="127.0.0.1", port=1, proto=socket.IPPROTO_TCP))

flags = socket.NI_NUMERICHOST | socket.NI_NUMERICSERV
t(lambda: socket.getnameinfo(("127.0.0.1", 80), flags))
t(lambda: socket.getnameinfo(("::1", 80, 0, 0), flags))
t(lambda: socket.getnameinfo(("127.0.0.1",), flags))
t(lambda: socket.getnameinfo(["127.0.0.1", 80], flags))
t(lambda: socket.getnameinfo(("127.0.0.1", 80, 0), flags))
t(lambda: socket.getnameinfo(("::1", 80, 2**21), flags))
t(lambda: socket.gethostbyname("127.0.0.1"))
t(lambda: socket.gethostbyname(b"10.1.2.3"))
t(lambda: socket.gethostbyname(""))
t(lambda: socket.gethostbyname("<broadcast>"))
t(lambda: socket.gethostbyname(3))
t(lambda: socket.gethostbyname_ex("127.0.0.1"))
print(type(socket.gethostname()).__name__, socket.gethostname() == socket.gethostname())
print(socket.getfqdn("127.0.0.1") != "")
print(type(socket.if_nameindex()).__name__, socket.if_nametoindex("lo") > 0, socket.if_indextoname(socket.if_nametoindex("lo")))
t(lambda: socket.if_nametoindex("no-such-interface0"))
t(lambda: socket.getservbyport(70000))
t(lambda: socket.getservbyname(1))
t(lambda: socket.getprotobyname(1))
