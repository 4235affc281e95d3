# classes: super() in __init__ and methods through several levels of inheritance
class Base:
    def __init__(self, name):
        print("Base.__init__", name)
        self.name = name
        self.tags = ["base"]

    def info(self):
        return "Base(" + self.name + ")"

class Middle(Base):
    def __init__(self, name, level):
        print("Middle.__init__", level)
        super().__init__(name)
        self.level = level
        self.tags.append("middle")

    def info(self):
        return "Middle[" + str(self.level) + "]<" + super().info() + ">"

class Leaf(Middle):
    def __init__(self, name):
        print("Leaf.__init__")
        super().__init__(name.upper(), 3)
        self.tags.append("leaf")

    def info(self):
        return "Leaf{" + super().info() + "}"

leaf = Leaf("x")
print(leaf.info())
print(leaf.tags, leaf.level, leaf.name)
m = Middle("m", 1)
print(m.info(), m.tags)

class Shape:
    def area(self):
        return 0
    def report(self):
        return type(self).__name__ + " area=" + str(self.area())

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
    def report(self):
        return super().report() + " side=" + str(self.w)

for s in [Shape(), Rect(2, 5), Square(4)]:
    print(s.report())

class Explicit(Square):
    def report(self):
        return super(Square, self).report() + " (skipped Square)"
print(Explicit(3).report())
