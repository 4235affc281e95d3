# args: positional-only parameters before / and how keywords interact with them
def div(a, b, /):
    return a // b

print(div(17, 5))
try:
    div(a=17, b=5)
except TypeError as e:
    print("TypeError:", e)
try:
    div(17, b=5)
except TypeError as e:
    print("TypeError:", e)

def scale(value, /, factor=2, *, offset=0):
    return value * factor + offset

print(scale(3))
print(scale(3, 4))
print(scale(3, factor=5))
print(scale(3, 5, offset=1))
try:
    scale(value=3)
except TypeError as e:
    print("TypeError:", e)

def collide(name, /, **kw):
    return name, kw

print(collide("pos", name="kw"))
print(collide("pos"))
print(collide("p", a=1, name=2))

def defaults(a, b=10, /, c=20):
    return a + b + c

print(defaults(1), defaults(1, 2), defaults(1, 2, 3), defaults(1, c=0))
try:
    defaults()
except TypeError as e:
    print("TypeError:", e)

def only_pos(x, y, /):
    return [x, y]

print(only_pos(*"ab"))
try:
    only_pos(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
