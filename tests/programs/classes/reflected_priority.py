# classes: subclass reflected methods take priority, and both sides returning NotImplemented raise TypeError
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return type(self).__name__ + "(" + str(self.v) + ")"
    def __add__(self, other):
        print("  " + type(self).__name__ + ".__add__")
        if isinstance(other, Num):
            return Num(self.v + other.v)
        return NotImplemented
    def __radd__(self, other):
        print("  " + type(self).__name__ + ".__radd__")
        if isinstance(other, int):
            return Num(self.v + other)
        return NotImplemented

class Special(Num):
    def __radd__(self, other):
        print("  Special.__radd__")
        return Special(other.v * 1000 + self.v) if isinstance(other, Num) else NotImplemented

print(Num(1) + Num(2))
print(3 + Num(4))
print(Num(1) + Special(2))
print(Special(1) + Num(2))

class Left:
    def __sub__(self, other):
        print("  Left.__sub__")
        return NotImplemented
class Right:
    def __rsub__(self, other):
        print("  Right.__rsub__")
        return NotImplemented
try:
    Left() - Right()
except TypeError as e:
    print("TypeError:", e)

class Accept:
    def __rsub__(self, other):
        return "rsub got " + type(other).__name__
print(Left() - Accept())
print(5 - Accept())

class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  Cmp.__eq__")
        return NotImplemented
print(Cmp(1) == Cmp(1))
c = Cmp(2)
print(c == c)
print(Cmp(1) != 1)

class Mat:
    def __matmul__(self, other):
        return "matmul"
    def __rmatmul__(self, other):
        return "rmatmul with " + repr(other)
print(Mat() @ Mat(), [1] @ Mat())
