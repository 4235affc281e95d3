# classes: __repr__ and __str__, and which one print, str, repr, f-strings and containers use
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __repr__(self):
        return "Money(" + repr(self.cents) + ", " + repr(self.currency) + ")"

    def __str__(self):
        return "%d.%02d %s" % (self.cents // 100, self.cents % 100, self.currency)

m = Money(1234)
print(m)
print(str(m), repr(m))
print([m, Money(5, "USD")])
print({"price": m})
print((m,))
print(f"{m} / {m!r}")
print("value: " + str(m))
print("%s and %r" % (m, m))
print("{} {!r}".format(m, m))

class OnlyRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "OnlyRepr<" + str(self.v) + ">"

o = OnlyRepr(7)
print(o, str(o), [o])

class OnlyStr:
    def __str__(self):
        return "just str"

s = OnlyStr()
print(s, str(s), f"{s}")

class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __repr__(self):
        if not self.children:
            return "Node(%r)" % (self.value,)
        return "Node(%r, %r)" % (self.value, self.children)

tree = Node("root", [Node(1), Node(2, [Node("x")])])
print(tree)
print(repr(tree) == str(tree))

class BadRepr:
    def __repr__(self):
        return 42

try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
