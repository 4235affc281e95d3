# dicts: get, setdefault, pop, popitem, del and the views keys/values/items
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("b", 99))
print(d.setdefault("a", 50), d.setdefault("d", 4), d.setdefault("e"), d)
print(d.pop("e"), d.pop("zz", "default"), d)
print(d.popitem(), d)
del d["a"]
print(d)
d["a"] = 1
print(d, list(d.keys()))
for k in d:
    print("key", k)
for v in d.values():
    print("value", v)
for k, v in d.items():
    print("item", k, v)
keys = d.keys()
d["new"] = 0
print(len(keys), "new" in keys, sorted(d.values()))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
while d:
    print("popitem", d.popitem())
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
