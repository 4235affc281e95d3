# classes: __lt__ and friends driving sorted, min, max, and reflected comparisons
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "v" + self.text

vs = [Version(t) for t in ["1.10.0", "1.2.3", "1.2", "0.9.9", "1.2.10", "2.0"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
print(Version("1.0") < Version("1.0.1"), Version("2.0") > Version("1.9"))
print(Version("1.5") >= Version("1.5"), Version("1.4") >= Version("1.5"))
vs.sort()
print(vs[0], vs[-1])

class Card:
    order = "23456789TJQKA"
    def __init__(self, label):
        self.rank = label[0]
        self.suit = label[1]
    def __lt__(self, other):
        return (Card.order.index(self.rank), self.suit) < (Card.order.index(other.rank), other.suit)
    def __repr__(self):
        return self.rank + self.suit

hand = [Card(c) for c in ["KS", "2H", "TD", "AS", "2C", "9H"]]
print(sorted(hand))
print(max(hand), min(hand))
print(sorted(hand, key=lambda c: c.suit))

class NoOrder:
    pass
try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print("TypeError:", e)
try:
    Version("1.0") < 3
except AttributeError as e:
    print("AttributeError:", e)
print(Card("2H") > Card("3H"), Card("3H") > Card("2H") > Card("2C"))
try:
    print(Card("3H") > Card("2H") > 5)
except TypeError as e:
    print("TypeError:", e)
