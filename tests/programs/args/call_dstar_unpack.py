# args: call-site ** unpacking, combined with keywords and *, plus duplicate keyword errors
def point(x, y, z=0, **extra):
    return (x, y, z, extra)

d = {"x": 1, "y": 2}
print(point(**d))
print(point(**d, z=3))
print(point(**{"z": 9}, **d))
print(point(*[5], **{"y": 6}))
print(point(1, 2, **{"color": "red", "size": 3}))
print(point(**{"x": 0, "y": 0, "w": 1}, v=2))

def kwonly(*, a, b=2):
    return a * b

opts = {"a": 7}
print(kwonly(**opts))
print(kwonly(**opts, b=3))

try:
    point(**d, x=10)
except TypeError as e:
    print("TypeError:", e)
try:
    point(**d, **{"y": 5})
except TypeError as e:
    print("TypeError:", e)
try:
    point(1, **d)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(**{"a": 1, "c": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    point(**[1, 2])
except TypeError as e:
    print("TypeError:", e)

def echo(**kw):
    return kw

base = {"a": 1, "b": 2}
print(echo(**base, c=3))
print(echo(**{}, **{}))
print(dict(**base, z=0))
