# args: methods with defaults, keyword-only, *args and **kwargs, called through instance and class
class Formatter:
    def __init__(self, sep=", ", *, upper=False):
        self.sep = sep
        self.upper = upper

    def fmt(self, *items, prefix="", **named):
        parts = [str(i) for i in items]
        parts += [k + "=" + str(v) for k, v in named.items()]
        out = prefix + self.sep.join(parts)
        return out.upper() if self.upper else out

f1 = Formatter()
f2 = Formatter(" | ", upper=True)
print(f1.fmt(1, 2, 3))
print(f2.fmt("a", "b", prefix="> "))
print(f1.fmt(x=1, y=2))
print(Formatter.fmt(f1, 9, z=0))
print(f2.fmt())
m = f1.fmt
print(m(*"abc", **{"k": "v"}))
try:
    Formatter(", ", True)
except TypeError as e:
    print("TypeError:", e)
try:
    f1.fmt(self=1)
except TypeError as e:
    print("TypeError:", e)
try:
    Formatter.fmt()
except TypeError as e:
    print("TypeError:", e)
