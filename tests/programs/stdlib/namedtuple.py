# collections.namedtuple is krait's own (CPython's uses eval): signature, defaults,
# errors, methods and class attributes must behave as CPython's.
from collections import namedtuple

Point = namedtuple('Point', 'x y', defaults=[5])
p = Point(1)
print(p, p.x, p.y, p[0], len(p), p == (1, 5))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.__new__.__doc__)
print(Point._make([3, 4]), p._replace(y=9), p._asdict())
print(Point.__module__, Point.__new__.__qualname__, Point._make.__doc__)
print(Point.__match_args__, Point.__slots__, Point.x.__doc__)
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
for args in [('A', 'x _y'), ('A', 'x x'), ('A', 'x def'), ('1A', 'x'), ('A', ['x', 3])]:
    try:
        namedtuple(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(namedtuple('A', 'x _y def x', rename=True)._fields)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError:', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError:', e)

class P3(namedtuple('P3', ['x', 'y', 'z'])):
    __slots__ = ()
    def norm(self):
        return abs(self.x) + abs(self.y) + abs(self.z)

q = P3(1, -2, 3)
print(q, q.norm(), isinstance(q, tuple), P3.__mro__[1].__name__)
match q:
    case P3(x, y, z):
        print('matched', x, y, z)
Single = namedtuple('Single', 'only')
print(Single(1), Single.__doc__)
