# args: **kwargs collects extra keyword arguments into a dict that keeps call order
def show(**kw):
    print(type(kw).__name__, len(kw), kw)
    return list(kw.keys())

print(show())
print(show(a=1))
print(show(z=1, a=2, m=3))

def tag(name, **attrs):
    parts = [name]
    for k, v in attrs.items():
        parts.append(k + '="' + str(v) + '"')
    return "<" + " ".join(parts) + ">"

print(tag("br"))
print(tag("a", href="/home", title="Home"))
print(tag("img", src="x.png", width=10, height=20))

def config(debug=False, **extra):
    return debug, extra

print(config())
print(config(debug=True))
print(config(level=3, debug=True, name="x"))
print(config(True, level=1))

def mixed(a, *args, **kwargs):
    return a, args, kwargs

print(mixed(1))
print(mixed(1, 2, 3))
print(mixed(1, 2, x=3))
print(mixed(a=5, x=6))

def modify(**kw):
    kw["added"] = True
    return kw

d = {"k": 1}
r = modify(**d)
print(d, r, r is d)

def count_kinds(**kw):
    counts = {}
    for v in kw.values():
        t = type(v).__name__
        counts[t] = counts.get(t, 0) + 1
    return counts

print(count_kinds(a=1, b="x", c=2, d=None, e="y"))
