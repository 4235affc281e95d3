# Methods and special methods of the builtin types called on instances of subclasses:
# type.method(obj) runs the type's own method even when the subclass overrides it, and
# results are instances of the builtin type.


class MyInt(int):
    def __add__(self, other):
        return ("add", super().__add__(other))

    def __repr__(self):
        return "MyInt(" + int.__repr__(self) + ")"

    def __str__(self):
        return "five"


m = MyInt(5)
print(m + 3, repr(m), str(m), int.__add__(m, 1), m.__sub__(1), m.__eq__(5), m.__lt__(1.0))
for r in [m.__index__(), m.__int__(), m.__trunc__(), m.__floor__(), m.__round__(), m.__pos__(), m.__abs__(),
          m.conjugate(), m.real, m.numerator, int(m), round(m), m.__neg__()]:
    print(type(r).__name__, r, end="; ")
print()
print(m.__float__(), m.__round__(-1), m.__hash__(), m.__format__("x"), m.bit_length(), format(m, ""), f"{m}",
      int.__format__(m, ""), int.__str__(m), int.__repr__(m), "%d" % m, "{:>4}".format(m))


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


x = MyFloat(2.5)
for r in [x.__float__(), x.real, x.conjugate(), x.__pos__(), float(x), x.__abs__(), round(x, 1)]:
    print(type(r).__name__, r, end="; ")
print()
print(repr(x), float.__repr__(x), x.__int__(), x.hex(), x.is_integer(), x.as_integer_ratio(), x + 1, x.__rsub__(1))


class L(list):
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))

    def __len__(self):
        return 99


lst = L([1, 2, 3])
lst.append(4)
print(lst[0], len(lst), list.__len__(lst), lst.__add__([5]), lst.__contains__(2), lst.__eq__([1, 2, 3, 4]),
      list.__getitem__(lst, 0), list.__repr__(lst), list(lst.__reversed__()), list(list.__iter__(lst)))


class S(str):
    def upper(self):
        return "UP:" + str.upper(self)

    def __len__(self):
        return 1


s = S("abc")
print(s.upper(), str.upper(s), s.__add__("x"), s.__mul__(2), str.__len__(s), len(s), s.__contains__("b"),
      str.__eq__(s, "abc"), s.lower(), s.split("b"), s.center(7, "*"), type(str.__str__(s)).__name__)


class F(frozenset):
    def __len__(self):
        return 7


f = F([1, 2])
print(f.__or__({3}), frozenset.__hash__(f) == hash(frozenset([1, 2])), f.__and__(frozenset([2])), f.union([9]),
      len(f), frozenset.__len__(f), f.issubset([1, 2, 3]), frozenset.__eq__(f, frozenset([1, 2])))


class T(tuple):
    def __getitem__(self, i):
        return "overridden"


t = T((1, 2, 3))
print(t[0], tuple.__getitem__(t, 0), t.index(2), t.count(3), t.__add__((4,)), tuple.__len__(t), t.__hash__() == hash((1, 2, 3)))
