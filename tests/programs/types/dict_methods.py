# The methods of dict, through dict.NAME with fresh receivers (shown after the call),
# update/| with mappings, pairs and keywords, and CPython's argument errors.


def call(f, args):
    try:
        n = len(args)
        if n == 0:
            r = f()
        elif n == 1:
            r = f(args[0])
        elif n == 2:
            r = f(args[0], args[1])
        elif n == 3:
            r = f(args[0], args[1], args[2])
        else:
            r = f(args[0], args[1], args[2], args[3])
        return repr(r)
    except Exception as e:
        return "!! " + type(e).__name__ + ": " + str(e)


def cases0():
    return [
        ("get", dict.get, [{"a": 1}, "a"]), ("get", dict.get, [{"a": 1}, "b"]), ("get", dict.get, [{"a": 1}, "b", 0]),
        ("get", dict.get, [{"a": 1}]), ("get", dict.get, [{"a": 1}, []]), ("get", dict.get, [{1: 2}, 1.0]),
        ("get", dict.get, [{}, []]), ("get", dict.get, [{"a": 1}, "a", 2, 3]),
        ("setdefault", dict.setdefault, [{"a": 1}, "a", 5]), ("setdefault", dict.setdefault, [{"a": 1}, "b", 6]),
        ("setdefault", dict.setdefault, [{"a": 1}, "c"]), ("setdefault", dict.setdefault, [{}]),
        ("setdefault", dict.setdefault, [{}, [], 1]), ("setdefault", dict.setdefault, [{True: 1}, 1, 2]),
        ("pop", dict.pop, [{"a": 1}, "a"]), ("pop", dict.pop, [{"a": 1}, "b"]), ("pop", dict.pop, [{"a": 1}, "b", None]),
        ("pop", dict.pop, [{"a": 1}]), ("pop", dict.pop, [{}, []]), ("pop", dict.pop, [{1: 1}, []]),
    ]


def cases1():
    return [
        ("pop", dict.pop, [{}, [], 0]),
        ("popitem", dict.popitem, [{"a": 1, "b": 2}]), ("popitem", dict.popitem, [{}]), ("popitem", dict.popitem, [{}, 1]),
        ("copy", dict.copy, [{"a": [1]}]), ("clear", dict.clear, [{"a": 1}]), ("clear", dict.clear, [{}, 1]),
        ("keys", dict.keys, [{"a": 1, "b": 2}]), ("values", dict.values, [{"a": 1, "b": 2}]),
        ("items", dict.items, [{"a": 1, "b": 2}]), ("keys", dict.keys, [{}, 1]),
        ("update", dict.update, [{"a": 1}, {"b": 2}]), ("update", dict.update, [{"a": 1}, [("x", 1), ["y", 2]]]),
        ("update", dict.update, [{"a": 1}]), ("update", dict.update, [{}, [1]]), ("update", dict.update, [{}, [(1, 2, 3)]]),
        ("update", dict.update, [{}, ["ab", "cd"]]), ("update", dict.update, [{}, 5]), ("update", dict.update, [{}, {}, {}]),
    ]


def cases2():
    return [
        ("update", dict.update, [{}, [[1]]]), ("update", dict.update, [{}, [[]]]), ("update", dict.update, [{}, "ab"]),
        ("update", dict.update, [{"a": 1}, {"a": 2}.items()]),
        ("fromkeys", dict.fromkeys, ["abc"]), ("fromkeys", dict.fromkeys, ["abc", 0]), ("fromkeys", dict.fromkeys, [[1, 2], []]),
        ("fromkeys", dict.fromkeys, []), ("fromkeys", dict.fromkeys, [1]), ("fromkeys", dict.fromkeys, ["a", 1, 2]),
        ("fromkeys", dict.fromkeys, [[[]]]), ("fromkeys", dict.fromkeys, [{"x": 1, "y": 2}]),
        ("get", dict.get, [[], 1]),
    ]


cases = []

cases.extend(cases0())

cases.extend(cases1())

cases.extend(cases2())
for name, f, args in cases:
    r = call(f, args)
    print(name, repr(args), r)

d = {"a": 1}
d.update({"b": 2}, c=3)
print(d)
d.update(z=5)
print(d)
d.update([("a", 0)], a=9)
print(d)
print(dict([("a", 1)], b=2), dict(a=1), dict({"a": 1}, a=2), dict(), dict({}), dict(zip("ab", [1, 2])))
for bad in ["5", "[1]", "two", "kw"]:
    try:
        if bad == "5":
            dict(5)
        elif bad == "[1]":
            dict([1])
        elif bad == "two":
            dict([1], [2])
        else:
            {}.get(key=1)
    except TypeError as e:
        print(bad, e)
print({}.fromkeys("ab"), {"a": 1} | {"b": 2}, {"a": 1} | {"a": 2}, {"a": 1} == {"a": 1.0})
d = {"a": 1}
d |= {"b": 2}
d |= [("c", 3)]
d |= {"a": 0}.items()
print(d)
for bad in ["|", "|=", "<"]:
    try:
        if bad == "|":
            print({"a": 1} | [("b", 2)])
        elif bad == "|=":
            d |= 5
        else:
            print({1: 2} < {2: 3})
    except TypeError as e:
        print(bad, e)
v = {"a": 1, "b": 2}
print(sorted(v.keys() | {"c"}), v.keys() & {"a"}, v.keys() - {"a"}, v.keys() ^ {"b", "z"} == {"a", "z"})
print(v.items() | {("b", 2)} == {("a", 1), ("b", 2)}, v.keys().isdisjoint(["q"]), v.keys() == {"a", "b"})
print(list(reversed(v)), list(reversed(v.items())), list(reversed(v.values())), len(v.keys()), "a" in v.keys())
k = v.keys()
v["new"] = 0
del v["a"]
print(k, v.values(), v.items())
