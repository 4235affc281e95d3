from _collections import defaultdict, _count_elements

d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d, isinstance(d, dict), d.default_factory, len(d), sorted(d))
print(dict(d), {**d}, list(d.items()), 'a' in d, 'z' in d)
print(d.get('z'), 'z' in d)
c = d.copy()
print(type(c).__name__, c, c is not d, c.default_factory is list)
n = defaultdict()
print(n, n.default_factory)
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
i = defaultdict(int, {'x': 1}, y=2)
i['z'] += 5
print(i, i | {'w': 0}, {'q': 1} | i, type({'q': 1} | i).__name__)
i |= {'x': 10}
print(i)
i.default_factory = str
print(i['new'] == '', i.default_factory)
print(defaultdict.__name__, defaultdict.__module__, repr(defaultdict))
r = defaultdict(None); r['self'] = r; print(r)
def fac():
    return 'v'
print(repr(defaultdict(fac)).replace(hex(id(fac)), 'ADDR'))

class Counter(defaultdict):
    def __init__(self):
        super().__init__(int)
    def __missing__(self, key):
        return -1
cn = Counter()
print(cn['a'], cn, isinstance(cn, defaultdict))

counts = {}
_count_elements(counts, 'abracadabra')
print(counts)
class M(dict):
    pass
mm = M()
_count_elements(mm, [1, 2, 1])
print(mm)
print(d.__reduce__()[:4])
try:
    defaultdict(1)
except TypeError as e:
    print(e)
try:
    d.x = 1
except AttributeError as e:
    print(e)
print(defaultdict(list, a=1)['b'])
del d['zzz']
