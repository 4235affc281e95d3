# classes: reading a missing attribute on an instance ends in an uncaught AttributeError
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(3, 4)
print(p.x, p.y)
try:
    print(p.z)
except AttributeError as e:
    print("caught:", e)
try:
    Point.missing
except AttributeError as e:
    print("caught:", e)
try:
    p.norm()
except AttributeError as e:
    print("caught:", e)
p.z = 5
print(p.z)
del p.z
print(p.x + p.y + p.z)
