# classes: multiple inheritance, the MRO of a diamond and cooperative super() calls
class Base:
    def __init__(self):
        print("Base init")
        self.trail = ["Base"]
    def hello(self):
        return "Base"

class Left(Base):
    def __init__(self):
        print("Left init")
        super().__init__()
        self.trail.append("Left")
    def hello(self):
        return "Left>" + super().hello()

class Right(Base):
    def __init__(self):
        print("Right init")
        super().__init__()
        self.trail.append("Right")
    def hello(self):
        return "Right>" + super().hello()
    def only_right(self):
        return "only in Right"

class Bottom(Left, Right):
    def __init__(self):
        print("Bottom init")
        super().__init__()
        self.trail.append("Bottom")
    def hello(self):
        return "Bottom>" + super().hello()

b = Bottom()
print(b.trail)
print(b.hello())
print([c.__name__ for c in Bottom.__mro__])
print(b.only_right())

class Jsonable:
    def to_json(self):
        return "{" + ", ".join('"%s": %s' % (k, self.fmt(v)) for k, v in self.__dict__.items()) + "}"
    def fmt(self, v):
        return '"' + v + '"' if isinstance(v, str) else str(v)

class Comparable:
    def key(self):
        return tuple(self.__dict__.values())
    def __lt__(self, other):
        return self.key() < other.key()

class User(Jsonable, Comparable):
    def __init__(self, name, age):
        self.name = name
        self.age = age

users = [User("cy", 40), User("ann", 31), User("bob", 25)]
print([u.to_json() for u in sorted(users)])
print([c.__name__ for c in User.__mro__])
try:
    class Broken(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", e)
