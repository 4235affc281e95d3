# classes: unary operator dunders and conversion dunders (__int__, __float__, __index__, __abs__)
class Signed:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Signed(%r)" % (self.v,)
    def __neg__(self):
        return Signed(-self.v)
    def __pos__(self):
        return Signed(+self.v if self.v >= 0 else 0)
    def __abs__(self):
        return Signed(abs(self.v))
    def __invert__(self):
        return Signed(~self.v)
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v) + 0.5
    def __index__(self):
        return int(self.v)

s = Signed(-7)
print(-s, +s, abs(s), ~s, --s, -+-s)
print(int(s), float(s), int(Signed(3.9)))
print([10, 20, 30, 40][Signed(2)], "abcdef"[Signed(1):Signed(4)])
print(bin(Signed(5)), hex(Signed(255)), range(Signed(3)))
print(list(range(10))[Signed(-3)])
print("ab" * Signed(3))

class Nothing:
    pass
for op in [lambda x: -x, lambda x: +x, lambda x: ~x, lambda x: abs(x), lambda x: int(x)]:
    try:
        op(Nothing())
    except TypeError as e:
        print("TypeError:", e)
