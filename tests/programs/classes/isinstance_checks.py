# classes: isinstance and issubclass with hierarchies, tuples of classes and builtin types
class Shape: pass
class Polygon(Shape): pass
class Triangle(Polygon): pass
class Circle(Shape): pass
class Other: pass

objs = [Shape(), Polygon(), Triangle(), Circle(), Other(), 3, "s", True, None]
for o in objs:
    print(type(o).__name__, isinstance(o, Shape), isinstance(o, Polygon), isinstance(o, (Circle, Triangle)), isinstance(o, (int, str)))
print(issubclass(Triangle, Shape), issubclass(Triangle, Triangle), issubclass(Shape, Triangle))
print(issubclass(Circle, (Polygon, Other)), issubclass(Circle, (Polygon, Shape)))
print(issubclass(bool, int), issubclass(int, object), issubclass(Other, object))
print(isinstance(Triangle, type), isinstance(Triangle(), type), type(Triangle).__name__)
print(isinstance(True, int), type(True) is int)

class MyInt(int):
    pass
n = MyInt(5)
print(n + 1, isinstance(n, int), type(n).__name__, type(n + 1).__name__)

class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), isinstance(ml, list))

def classify(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, Shape):
        return "shape:" + type(x).__name__
    return "other"
print([classify(v) for v in [1, False, Circle(), MyInt(2), "x"]])
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(Triangle(), Shape)
except TypeError as e:
    print("TypeError:", e)
