# args: every parameter kind in one signature, exercised with many call shapes
def full(a, b=2, /, c=3, *args, d, e=5, **kw):
    return "a=%r b=%r c=%r args=%r d=%r e=%r kw=%r" % (a, b, c, args, d, e, kw)

print(full(1, d=4))
print(full(1, 20, d=4))
print(full(1, 20, 30, d=4))
print(full(1, 20, 30, 40, 50, d=4))
print(full(1, c=30, d=4))
print(full(1, d=4, e=50, f=60))
print(full(1, 2, 3, *[7, 8], d=0, **{"g": 1}))
print(full(1, d=4, a=99, b=98))
print(full(*range(6), d="D", e="E", z="Z"))
try:
    full(1)
except TypeError as e:
    print("TypeError:", e)
try:
    full(d=1)
except TypeError as e:
    print("TypeError:", e)
try:
    full(1, 2, 3, c=4, d=5)
except TypeError as e:
    print("TypeError:", e)

def spread(*args, **kwargs):
    return full(*args, **kwargs)

print(spread(0, d=1))
print(spread(0, 1, 2, 3, d=1, extra=True))
print(full.__defaults__, full.__kwdefaults__)
