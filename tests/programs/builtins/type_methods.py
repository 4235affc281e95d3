# unbound methods and class methods looked up on builtin types: str.lower as a key, dict.fromkeys, str.maketrans
w = ['banana', 'Apple', 'cherry', 'date', 'Fig', 'e']
w.sort(key=str.lower); print(w)
print(sorted(w, key=str.upper, reverse=True))
print(str.upper('abc'), str.join('-', ['a', 'b']), list.append, str.lower, dict.fromkeys('ab', 1), dict.fromkeys([3]), {}.fromkeys('x'))
f = str.strip
print(f('  x  '), f('xxaxx', 'x'), int.bit_length(255), bool.bit_length(True), float.is_integer(2.0))
l = [1]
list.append(l, 2); list.extend(l, [3]); print(l, tuple.count((1, 1), 1), set.union({1}, {2}), frozenset.union(frozenset([1]), [3]))
t = str.maketrans('ab', 'xy')
print(t, 'abc'.translate(t), str.maketrans({'a': 'b'}))
for bad in [1, None]:
    try:
        str.lower(bad)
    except TypeError as e:
        print(e)
try:
    str.lower()
except TypeError as e:
    print(e)
try:
    str.nosuch
except AttributeError as e:
    print(e)
try:
    float.is_integer(3)
except TypeError as e:
    print(e)
try:
    set.add(frozenset(), 1)
except TypeError as e:
    print(e)
print(type(str.lower).__name__, type(dict.fromkeys).__name__, type('a'.lower).__name__)
m = list(map(str.upper, ['a'])) if False else 0
print(max(['aa', 'B', 'c'], key=str.lower), min(['aa', 'B', 'c'], key=str.lower))
