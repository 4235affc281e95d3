# classes: in-place operator dunders, fallback to the plain operator, and aliasing effects
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __repr__(self):
        return "Bag(%r)" % (self.items,)
    def __add__(self, other):
        print("  __add__")
        return Bag(self.items + list(other.items))
    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other.items)
        return self
    def __isub__(self, other):
        print("  __isub__")
        for x in other.items:
            if x in self.items:
                self.items.remove(x)
        return self
    def __imul__(self, n):
        print("  __imul__")
        self.items = self.items * n
        return self

class Frozen:
    def __init__(self, items=()):
        self.items = tuple(items)
    def __repr__(self):
        return "Frozen(%r)" % (self.items,)
    def __add__(self, other):
        print("  Frozen.__add__")
        return Frozen(self.items + other.items)

b = Bag([1, 2])
alias = b
b += Bag([3])
print(b, alias, b is alias)
b -= Bag([1, 9])
print(b, alias)
b *= 2
print(b, alias is b)
c = b + Bag([0])
print(c, c is b)

f = Frozen([1])
falias = f
f += Frozen([2])
print(f, falias, f is falias)

class Weird:
    def __iadd__(self, other):
        return NotImplemented
    def __add__(self, other):
        return "plain add used"
w = Weird()
w += 1
print(w)

class NoRet:
    def __iadd__(self, other):
        self.seen = other
n = NoRet()
n += 5
print(n)

counts = {"x": Bag()}
counts["x"] += Bag(["a"])
counts["x"] += Bag(["b"])
print(counts)
class Holder:
    pass
h = Holder()
h.bag = Bag([7])
h.bag += Bag([8])
print(h.bag)
x = Frozen()
try:
    x -= Frozen()
except TypeError as e:
    print("TypeError:", e)
