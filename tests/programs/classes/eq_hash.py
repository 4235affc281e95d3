# classes: __eq__ and __hash__ for value objects used as dict keys and set members
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return "Key(%r, %r)" % (self.a, self.b)

k1 = Key(1, "x")
k2 = Key(1, "x")
k3 = Key(2, "y")
print(k1 == k2, k1 is k2, k1 != k2, k1 == k3, k1 != k3)
print(k1 == (1, "x"), k1 == 5)
d = {k1: "first"}
d[k2] = "second"
d[k3] = "third"
print(len(d), d[Key(1, "x")], d)
s = {Key(i % 3, "z") for i in range(10)}
print(len(s), Key(2, "z") in s, Key(3, "z") in s)
print([k1, k3].index(Key(2, "y")), [k1, k2, k3].count(Key(1, "x")))
print(Key(0, 0) in [Key(0, 0)])

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v

print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
print(EqOnly.__hash__ is None)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, len({p1, p2, p1}))

class Weird:
    def __eq__(self, other):
        return "truthy string"
print(Weird() == 1, bool(Weird() == 1), Weird() != 1)
