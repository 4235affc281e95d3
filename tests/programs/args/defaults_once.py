# args: default values are evaluated once at definition time, so mutable defaults are shared
calls = []
def make_default(tag):
    calls.append(tag)
    return tag.upper()

def f(x=make_default("first"), y=make_default("second")):
    return x + y

print("calls after def:", calls)
print(f(), f("a"), f(y="b"))
print("calls after use:", calls)

def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(safe_append(1), safe_append(2))

counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), counter)

def cache_default(key, value=None, _store={}):
    if value is not None:
        _store[key] = value
    return dict(_store)

print(cache_default("a", 1))
print(cache_default("b", 2))
print(cache_default("c"))
print(f.__defaults__)
print(append_to.__defaults__)

def make_fns():
    fns = []
    for i in range(3):
        def show(i=i, seen=[]):
            seen.append(i)
            return seen
        fns.append(show)
    return fns
a, b, c = make_fns()
print(a(), a(), b(), c(), b())
