# classes: @staticmethod and @classmethod, alternate constructors, and cls in subclasses
class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1

    @classmethod
    def from_string(cls, text):
        y, m, d = text.split("-")
        return cls(int(y), int(m), int(d))

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def label(self):
        return type(self).__name__ + ":" + str(self.y) + "/" + str(self.m).zfill(2) + "/" + str(self.d).zfill(2)

class FancyDate(Date):
    def label(self):
        return "*" + super().label() + "*"

d1 = Date.from_string("2024-02-29")
d2 = FancyDate.from_string("1999-12-31")
d3 = FancyDate.epoch()
print(d1.label(), d2.label(), d3.label())
print(Date.is_leap(2000), Date.is_leap(1900), d1.is_leap(2024), FancyDate.is_leap(2023))
print(Date.created, FancyDate.created)
print(type(d3).__name__)

class Registry:
    items = []

    @classmethod
    def add(cls, x):
        cls.items = cls.items + [x]
        return len(cls.items)

class SubRegistry(Registry):
    pass

print(Registry.add("a"), SubRegistry.add("b"), SubRegistry.add("c"), Registry.add("d"))
print(Registry.items, SubRegistry.items)
f = Date.is_leap
print(f(2400))
g = FancyDate.from_string
print(g("2000-01-02").label())
print(Date(2020, 5, 6).from_string("2021-07-08").label())
