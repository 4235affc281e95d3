from _operator import itemgetter, attrgetter, methodcaller

g = itemgetter(1)
print(g([1, 2]), g('ab'), itemgetter(1, 0)([1, 2]), itemgetter('k')({'k': 'v'}), itemgetter(slice(1, None))('abc'))
print(repr(g), repr(itemgetter(1, 'a')), g.__reduce__(), sorted([(1, 'b'), (0, 'a')], key=itemgetter(1)))

class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)
p = P(a=P(b=5), c='c')
print(attrgetter('c')(p), attrgetter('a.b')(p), attrgetter('a.b', 'c')(p), attrgetter('real.imag')(3))
print(repr(attrgetter('a.b', 'c')), attrgetter('a.b').__reduce__())
m = methodcaller('split', ',', maxsplit=1)
print(m('a,b,c'), repr(m), methodcaller('upper')('x'), repr(methodcaller('f', 1, 'x')))
print(type(g).__name__, type(g).__module__, list(map(itemgetter(0), ['xy', 'zw'])))
for bad in [lambda: itemgetter(), lambda: itemgetter(1)(), lambda: itemgetter(1)(1, 2), lambda: itemgetter(a=1),
            lambda: attrgetter(1), lambda: attrgetter('x')(3), lambda: methodcaller(), lambda: methodcaller(1),
            lambda: itemgetter(5)([1]), lambda: methodcaller('nope')(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
attrgetter('missing.attr')(p)
