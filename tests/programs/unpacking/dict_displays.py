# unpacking: ** in dict displays merges mappings in order with later keys winning
defaults = {"color": "red", "size": 10, "shape": "circle"}
override = {"size": 20, "border": True}
merged = {**defaults, **override}
print(merged)
print({**override, **defaults})
print({"size": 1, **defaults})
print({**defaults, "size": 1})
print({**defaults, "extra": None, **{"color": "blue"}})
print({**{}})
print({**{1: "a"}, **{True: "b"}})
copy = {**defaults}
copy["color"] = "green"
print(defaults["color"], copy["color"], copy is defaults)
layers = [{"a": 1}, {"b": 2}, {"a": 3, "c": 4}]
result = {}
for layer in layers:
    result = {**result, **layer}
print(result)
keys_from_zip = {**dict(zip("xy", (1, 2))), "z": 3}
print(keys_from_zip)
print({**{k: k * 2 for k in range(3)}, 1: "one"})
print(dict(**{"a": 1}, b=2) == {"a": 1, "b": 2})
print(merged | {"size": 0})
m2 = dict(merged)
m2 |= {"new": 1}
print(m2)
try:
    {**[1, 2]}
except TypeError as e:
    print("TypeError:", e)
class Mapping:
    def keys(self):
        return ["u", "v"]
    def __getitem__(self, k):
        return k.upper()
print({**Mapping(), "w": 0})
