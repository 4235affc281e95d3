# args: keyword-only parameters after * or *args, with and without defaults
def connect(host, *, port=80, secure=False):
    return host + ":" + str(port) + (" (tls)" if secure else "")

print(connect("example"))
print(connect("example", port=443, secure=True))
print(connect(secure=True, host="h"))
try:
    connect("example", 8080)
except TypeError as e:
    print("TypeError:", e)

def required_kw(*, a, b):
    return a - b

print(required_kw(a=10, b=3), required_kw(b=10, a=3))
try:
    required_kw(a=1)
except TypeError as e:
    print("TypeError:", e)
try:
    required_kw()
except TypeError as e:
    print("TypeError:", e)
try:
    required_kw(1, 2)
except TypeError as e:
    print("TypeError:", e)

def log(*messages, sep=" ", end="!"):
    return sep.join(messages) + end

print(log("a", "b"))
print(log("a", "b", sep="-"))
print(log("x", end="?"))
print(log())

def mixed(a, b=2, *rest, c, d=4, **kw):
    return (a, b, rest, c, d, kw)

print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=3, e=9))
print(mixed(c=0, a=1, d=1))
try:
    mixed(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
