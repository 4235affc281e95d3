# classes: __init__, instance attributes, methods, and per-instance state
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self

    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2

    def as_tuple(self):
        return (self.x, self.y)

p = Point(1, 2)
q = Point(4, 6)
print(p.x, p.y, q.as_tuple())
print(p.dist2(q), q.dist2(p))
p.move(1, 1).move(2, 2)
print(p.as_tuple())
p.label = "P"
print(p.label, hasattr(p, "label"), hasattr(q, "label"))
print(type(p).__name__, type(p) is Point, isinstance(q, Point))
print(p.__dict__)
print(q.__dict__)
m = q.move
print(m(10, 0).as_tuple(), q.x)
print(Point.as_tuple(q))

class Empty:
    pass

e = Empty()
e.a = 1
e.b = [1, 2]
e.b.append(3)
print(e.a, e.b, sorted(vars(e)))
e.a += 41
print(e.a)
print(getattr(e, "a"), getattr(e, "zz", "default"))
setattr(e, "dyn", "amic")
print(e.dyn)

class Counter:
    def __init__(self):
        self.n = 0
    def tick(self):
        self.n += 1
        return self.n

c1, c2 = Counter(), Counter()
print(c1.tick(), c1.tick(), c2.tick(), c1.n, c2.n)
