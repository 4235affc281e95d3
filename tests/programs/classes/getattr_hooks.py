# classes: __getattr__ as a fallback for missing attributes, plus getattr/hasattr/setattr/delattr
class Record:
    def __init__(self, **fields):
        self._fields = fields
        self.lookups = []

    def __getattr__(self, name):
        self.lookups.append(name)
        if name.startswith("_"):
            raise AttributeError(name)
        if name in self._fields:
            return self._fields[name]
        if name.startswith("get_"):
            key = name[4:]
            return lambda default=None: self._fields.get(key, default)
        raise AttributeError("Record has no field " + repr(name))

r = Record(name="ann", age=31)
print(r.name, r.age)
print(r.get_name(), r.get_city("unknown"))
print(r.lookups)
r.name = "direct"
print(r.name, r._fields["name"])
print(r.lookups)
try:
    r.height
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(r, "age"), hasattr(r, "height"), getattr(r, "height", "n/a"))
print(hasattr(r, "_secret"))

class Proxy:
    def __init__(self, target):
        self._target = target
        self.count = 0
    def __getattr__(self, name):
        self.count += 1
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.index(2), p.count)

class Dyn:
    pass
d = Dyn()
for i, name in enumerate(["alpha", "beta", "gamma"]):
    setattr(d, name, i * i)
print(d.alpha, d.beta, getattr(d, "gamma"))
delattr(d, "beta")
print(hasattr(d, "beta"), sorted(vars(d)))
try:
    delattr(d, "beta")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(d, "nope")
except AttributeError as e:
    print("AttributeError:", e)
