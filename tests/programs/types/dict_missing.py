# A subclass of dict with __missing__ answers d[k] (and dict.__getitem__) for absent keys.
class D(dict):
    def __missing__(self, k):
        self[k] = k * 2
        return "missing " + repr(k)

d = D(a=1)
print(d["zz"], d["a"], d, d.get("q"), "q" in d, d.__getitem__("y"), dict.__getitem__(d, "a"))
try:
    dict.__getitem__(d, "nope")
except KeyError as e:
    print("KeyError", e)

class E(dict):
    pass
try:
    E()["x"]
except KeyError as e:
    print("KeyError", e)

class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
for w in "a b a c a b".split():
    c[w] += 1
print(c, c["zzz"], len(c))
