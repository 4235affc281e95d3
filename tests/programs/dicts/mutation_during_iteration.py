# dicts: changing a dict while iterating it or while its keys are compared: "changed
# size" and "keys changed during iteration" errors, "dict mutated during update",
# lookups whose __eq__ clears the dict, and keys inserted with their stored hashes.

# Deleting and re-adding a key keeps the size but changes the keys.
for name, view in (("keys", lambda d: d), ("values", dict.values), ("items", dict.items)):
    d = {0: 0}
    seen = 0
    try:
        for x in view(d):
            seen += 1
            del d[0]
            d[0] = 0
    except RuntimeError as e:
        print(name, seen, "RuntimeError", e, d)

# Larger dicts: replace one key by another on each step.
d = dict.fromkeys(range(6), "v")
seen = []
try:
    for k in d:
        seen.append(k)
        del d[k]
        d[k + 100] = "w"
except RuntimeError as e:
    print("RuntimeError", e, seen, list(d))

# After "keys changed" the iterator is exhausted; "changed size" keeps raising.
def step(it):
    try:
        return next(it)
    except (RuntimeError, StopIteration) as e:
        return "%s(%s)" % (type(e).__name__, e)


d = {1: 1, 2: 2}
it = iter(d)
print(step(it))
del d[2]
d[3] = 3
print(step(it), step(it), step(it))
d = {1: 1, 2: 2, 3: 3}
it = iter(d.values())
print(step(it))
del d[1]
d[4] = 4
print([step(it) for i in range(4)])
d = {1: 1, 2: 2}
it = iter(d.items())
print(step(it))
d[5] = 5
print(step(it), step(it))
del d[5]
print(step(it))

# Growing while iterating.
d = {1: 1}
try:
    for i in d:
        d[i + 1] = 1
except RuntimeError as e:
    print("RuntimeError", e, d)

# Replacing values is allowed.
d = {"a": 1, "b": 2, "c": 3}
for k in d:
    d[k] *= 10
print(d)


# update() whose key comparison clears the source dict.
class X:
    def __hash__(self):
        return 0

    def __eq__(self, o):
        other.clear()
        return False


other = dict((i, 0) for i in range(1, 300))
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print("RuntimeError", e, len(other))


# Lookups whose comparison clears the dict being searched.
class S(str):
    def __eq__(self, other):
        d.clear()
        return NotImplemented

    def __hash__(self):
        return hash("test")


d = {S(): "value"}
print("test" in d, d)
d = {S(): "value"}
print(d.get("test"), d)
d = {S(): "value"}
d["test"] = 1
print(d)
d = {S(): "value"}
print(d.pop("test", "missing"), d)
d = {S(): "value"}
print(d.setdefault("test", 5), d)


class Y:
    def __eq__(self, other):
        d.clear()
        return NotImplemented


d = {0: set()}
print((0, Y()) in d.items(), d)


# == whose comparisons clear both operands.
class Z:
    def __del__(self):
        dict_b.clear()

    def __eq__(self, other):
        dict_a.clear()
        return True

    def __hash__(self):
        return 13


dict_a = {Z(): 0}
dict_b = {Z(): Z()}
print(dict_a == dict_b)


# fromkeys over a dict or set whose keys' comparisons clear it.
class W(int):
    def __hash__(self):
        return 13

    def __eq__(self, other):
        if len(src) > 1:
            src.clear()
        return False


src = {}
src = {W(1): 1, W(2): 2}
print(sorted(dict.fromkeys(src)), len(src))
src = {W(1), W(2)}
print(sorted(dict.fromkeys(src)), len(src))


# Keys from a dict, set or frozenset are not hashed again.
class Counting(int):
    def __init__(self, *args):
        self.hash_count = 0

    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)


keys = dict.fromkeys(map(Counting, range(8)))
total = lambda: sum(k.hash_count for k in keys)
print(total())
dict.fromkeys(keys)
dict.fromkeys(set(keys))
dict.fromkeys(frozenset(keys), 1)
s = set(keys)
s.difference(keys)
s.symmetric_difference_update(keys)
print(total())
dict.fromkeys(list(keys))
print(total())
