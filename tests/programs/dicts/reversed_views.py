# reversed() over dicts and dict views, iterator type names, dict view isdisjoint
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
d['e'] = 5
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
for x in [reversed(d), reversed(d.values()), reversed(d.items()), iter('abc'), iter('é'), iter(range(3)), iter(range(2**63)), iter(range(-2**63, 0)), iter(range(0, 2**64, 2**32)), reversed(range(5)), reversed(range(2**70)), reversed('ab'), reversed((1, 2)), reversed([1]), iter(enumerate([])), iter(zip())]:
    print(type(x).__name__)
r = reversed(d)
print(next(r))
d['z'] = 0
try:
    next(r)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    next(r)
except RuntimeError as e:
    print('RuntimeError again', e)
r = reversed(d)
d['a'] = 100
print(list(r))
r = reversed({})
print(list(r), next(r, 'done'))
d2 = {}
for i in range(10):
    d2[i] = i * i
for i in range(0, 10, 3):
    del d2[i]
print(list(reversed(d2.items())))
k = d.keys()
print(k.isdisjoint(['q']), k.isdisjoint(('a', 'q')), d.items().isdisjoint([('a', 100)]), d.items().isdisjoint({('a', 1)}), k.isdisjoint(set()), {}.keys().isdisjoint([1]))
try:
    d.values().isdisjoint([1])
except AttributeError as e:
    print(e)
try:
    k.isdisjoint(5)
except TypeError as e:
    print(e)
