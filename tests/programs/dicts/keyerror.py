# dicts: KeyError messages for missing keys of several types, caught and inspected
d = {"present": 1, 2: "two"}
for key in ["absent", 3, (1, 2), 2.5, None, "it's"]:
    try:
        print(d[key])
    except KeyError as e:
        print("KeyError:", e, e.args, repr(e))
try:
    del d["nothing"]
except KeyError as e:
    print("del:", e)
try:
    d.pop("gone")
except KeyError as e:
    print("pop:", e)
print(d.pop("present"), d)
try:
    x = {}["k"]
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)
