# match: class patterns with keyword attributes, positional __match_args__, builtins and subclasses
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, 0):
            return "3d on floor at " + str((x, y))
        case Point(x=0, y=y):
            return "on y axis at " + str(y)
        case Point(x, 0):
            return "on x axis at " + str(x)
        case Point(x, y) if x == y:
            return "on diagonal " + str(x)
        case Point():
            return "somewhere " + str((p.x, p.y))
        case Circle(Point(0, 0), r):
            return "circle at origin r=" + str(r)
        case Circle(center=Point(x, y), radius=r) if r > 10:
            return "big circle at " + str((x, y))
        case Circle():
            return "small circle"
        case _:
            return "not a shape"

for obj in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), Point3(1, 2, 0), Point3(1, 1, 5),
            Circle(Point(0, 0), 3), Circle(Point(1, 1), 20), Circle(Point(1, 1), 2), "point"]:
    print(where(obj))

def builtin_kind(x):
    match x:
        case bool(b):
            return "bool " + str(b)
        case int(n) if n < 0:
            return "negative int"
        case int(n):
            return "int " + str(n)
        case float(f):
            return "float " + str(f)
        case str(s):
            return "str of length " + str(len(s))
        case list([a, *_]):
            return "non-empty list starting " + repr(a)
        case tuple(()):
            return "empty tuple"
        case dict():
            return "a dict"
    return "something else"

for v in [True, -3, 7, 1.5, "abc", [9, 8], [], (), (1,), {}, None]:
    print(repr(v), "->", builtin_kind(v))
