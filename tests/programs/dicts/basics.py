# dicts: creation, insertion order, lookup, update, overwrite and repr
d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = 100
print(d, len(d))
print(d["two"], "two" in d, "four" in d, "four" not in d)
e = dict(a=1, b=2)
print(e, dict([("x", 1), ("y", 2)]), dict(), {}, dict({"k": "v"}))
d.update({"four": 4, "one": 1})
print(d)
d.update(five=5)
d.update([("six", 6)])
print(d)
print(list(d), list(d.keys()), list(d.values()))
print(list(d.items())[:2])
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested, nested["outer"]["inner"][2]["deep"])
mixed_keys = {1: "int", "1": "str", (1,): "tuple", None: "none", 2.5: "float"}
print(mixed_keys, mixed_keys[None], mixed_keys[(1,)])
d2 = {"b": 1, "a": 2}
d3 = {"a": 2, "b": 1}
print(d2 == d3, d2 != {"a": 2}, list(d2) == list(d3))
c = d2.copy()
c["z"] = 26
print(d2, c)
c.clear()
print(c, len(c), bool(c), bool(d2))
print(dict(zip("abc", range(3))), dict(d2, c=3))
