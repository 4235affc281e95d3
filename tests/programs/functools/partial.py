from _functools import partial

def f(*a, **k):
    return a, k

p = partial(f, 1, a=2)
print(p(2, b=3), p(a=9), p.func is f, p.args, p.keywords)
q = partial(p, 3, c=4)
print(q.func is f, q.args, q.keywords, q())
print(repr(p).replace(hex(id(f)), 'ADDR'))

class P(partial):
    def __call__(self, *a):
        return ('P', super().__call__(*a))
pp = P(f, 'x')
print(pp(1), isinstance(pp, partial), repr(pp).replace(hex(id(f)), 'ADDR'))
nested = partial(pp, 'y')
print(nested.func is pp, nested.args)
p2 = partial(f); p2.attr = 5
print(p2.attr, p2.__dict__, partial(p2, 1).func is p2)

class C:
    m = partial(f, 'bound?')
print(C().m(1))
print(partial(int, base=2)('101'), list(map(partial(pow, 2), range(5))))
r = partial(f); r2 = partial(r)
print(r2.func is f)
for bad in [lambda: partial(), lambda: partial(1), lambda: setattr(p, 'func', 1)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(p.__reduce__()[1][0] is f, p.__reduce__()[2][1:])
partial(f, 1)(2, 3, *[4], **{'z': 1})
partial(len)(1, 2)
