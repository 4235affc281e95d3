# classes: a hand-written dataclass-like base that builds __init__, __repr__ and __eq__ from a field list
class Record:
    fields = ()
    defaults = {}

    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(type(self).__name__ + " takes at most " + str(len(self.fields)) + " arguments")
        values = dict(zip(self.fields, args))
        for k, v in kwargs.items():
            if k not in self.fields:
                raise TypeError("unknown field " + repr(k))
            if k in values:
                raise TypeError("duplicate value for " + repr(k))
            values[k] = v
        for f in self.fields:
            if f not in values:
                if f in self.defaults:
                    values[f] = self.defaults[f]
                else:
                    raise TypeError("missing field " + repr(f))
            setattr(self, f, values[f])

    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join(f + "=" + repr(getattr(self, f)) for f in self.fields) + ")"

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self.fields)

    def replace(self, **changes):
        current = {f: getattr(self, f) for f in self.fields}
        current.update(changes)
        return type(self)(**current)

    def astuple(self):
        return tuple(getattr(self, f) for f in self.fields)

class Item(Record):
    fields = ("name", "price", "qty")
    defaults = {"qty": 1}

class Point(Record):
    fields = ("x", "y")

i1 = Item("pen", 1.5)
i2 = Item(name="pen", price=1.5, qty=1)
i3 = i1.replace(qty=10)
print(i1, i3)
print(i1 == i2, i1 == i3, i1 != i3)
print(i3.astuple(), i1.qty)
print(Point(1, 2) == Point(1, 2), Point(1, 2) == Item("a", 1))
print(sorted([Point(3, 1), Point(1, 2), Point(1, 1)], key=Point.astuple))
for bad in [lambda: Item(), lambda: Item("a", 1, 2, 3), lambda: Item("a", 1, color="red"), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
