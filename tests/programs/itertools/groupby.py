# groupby: keys, groups sharing the underlying iterator, groups invalidated by
# advancing, key functions and their errors.
from itertools import groupby

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5, 7, 6], key=lambda x: x % 2)])
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
print(list(groupby([])), [(k, list(g)) for k, g in groupby([1])])

# Advancing the groupby ends the previous group.
groups = list(groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
it = groupby("xxyyy")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
print(list(it))

# Consuming a group partly, then the next group starts at the right place.
it = groupby([1, 1, 1, 2, 2, 3])
k, g = next(it)
print(k, next(g))
k, g = next(it)
print(k, list(g))
k, g = next(it)
print(k, list(g), list(it))

# A group consumed fully before the next() of the groupby.
it = groupby("aab")
k, g = next(it)
print(list(g), list(g))
print(next(it)[0])

# The key function is called once per item.
calls = []
def key(x):
    calls.append(x)
    return x // 10
print([(k, list(g)) for k, g in groupby([1, 5, 12, 18, 25], key)], calls)

# Equality through __eq__.
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v
print([len(list(g)) for k, g in groupby([K(1), K(1), K(2)])])

def failing_key(x):
    if x == 3:
        raise ValueError("bad key")
    return x
it = groupby([1, 1, 3, 4], failing_key)
k, g = next(it)
print(k, next(g), next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)

class NoEq:
    def __eq__(self, other):
        raise TypeError("cannot compare")
it = groupby([NoEq(), NoEq()])
k, g = next(it)
print(type(next(g)).__name__)
try:
    next(it)
except TypeError as e:
    print(type(e).__name__, e)
print(type(g).__name__, type(groupby("")).__name__, iter(g) is g)
print(dict((k, "".join(g)) for k, g in groupby("aabbbca")))
