class Color(str):
    def shout(self): return self.upper() + "!"
c = Color("red")
print(c, c.shout(), c == "red", len(c), isinstance(c, str), c + "x", repr(c))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Point(1, 2)
print(p, p.x, p[1], len(p), p == (1, 2), type(p).__name__)
class MyInt(int):
    def double(self): return self * 2
m = MyInt(21)
print(m, m.double(), m + 1, m == 21, isinstance(m, int), hash(m) == hash(21))
class Temp(float):
    pass
print(Temp(1.5) * 2, Temp("2.5"))
