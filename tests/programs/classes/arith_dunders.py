# classes: arithmetic dunders with ints and instances, reflected variants and NotImplemented fallbacks
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__ with", repr(other))
        return self.__add__(other)
    def __sub__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        if isinstance(k, int):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        print("  __rmul__ with", repr(k))
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)

a = Vec(1, 2)
b = Vec(10, 20)
print(a + b, b - a, a * b)
print(a + 5, 5 + a)
print(a * 3, 3 * a)
print(b / 4, b // 3, b % 7, a ** 3, -a)
print(sum([a, b, Vec(100, 200)]))
print(sum([a, b], Vec(0, 0)))
for expr in [lambda: a - 1, lambda: 1 - a, lambda: a * "s", lambda: "s" * a, lambda: a + "text", lambda: [1] + a]:
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)
print(2.5 + a)
