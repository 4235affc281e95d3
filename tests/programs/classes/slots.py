# classes: __slots__ restricts instance attributes and removes the per-instance __dict__
class Pixel:
    __slots__ = ("x", "y", "color")

    def __init__(self, x, y, color="black"):
        self.x = x
        self.y = y
        self.color = color

    def __repr__(self):
        return "Pixel(%d, %d, %s)" % (self.x, self.y, self.color)

p = Pixel(1, 2)
print(p)
p.color = "red"
p.x += 10
print(p, p.x)
try:
    p.alpha = 0.5
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), Pixel.__slots__)

class Lazy:
    __slots__ = ["value"]
lz = Lazy()
try:
    lz.value
except AttributeError as e:
    print("AttributeError:", e)
lz.value = 3
print(lz.value)
del lz.value
print(hasattr(lz, "value"))

class Sub(Pixel):
    pass
s = Sub(0, 0)
s.extra = "allowed in subclass without slots"
print(s, s.extra)

class SubSlots(Pixel):
    __slots__ = ("z",)
ss = SubSlots(1, 1)
ss.z = 9
print(ss, ss.z)
try:
    ss.w = 1
except AttributeError as e:
    print("AttributeError:", e)

class WithClassAttr:
    __slots__ = ("a",)
    kind = "shared"
w = WithClassAttr()
print(w.kind)
try:
    w.kind = "mine"
except AttributeError as e:
    print("AttributeError:", e)
