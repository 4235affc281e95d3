# The methods of set and frozenset (int elements, so the iteration order is CPython's),
# with fresh receivers shown after the call and CPython's argument errors.


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


fs = frozenset
def cases0():
    return [
        ("add", set.add, [{1, 2}, 3]), ("add", set.add, [{1, 2}]), ("add", set.add, [{1}, []]), ("add", set.add, [{1}, fs([2])]),
        ("remove", set.remove, [{1, 2}, 1]), ("remove", set.remove, [{1, 2}, 3]), ("remove", set.remove, [{1}, []]),
        ("remove", set.remove, [{fs([1])}, {1}]), ("discard", set.discard, [{1, 2}, 2]), ("discard", set.discard, [{1}, 3]),
        ("discard", set.discard, [{1}, [1]]), ("discard", set.discard, [{fs()}, set()]),
        ("pop", set.pop, [{5, 6}]), ("pop", set.pop, [set()]), ("pop", set.pop, [{1}, 1]),
        ("clear", set.clear, [{1}]), ("clear", set.clear, [set(), 1]), ("copy", set.copy, [{1, 2}]),
        ("copy", fs.copy, [fs([1, 2])]),
        ("update", set.update, [{1}, [4], (5,), range(7, 9)]), ("update", set.update, [{1}]), ("update", set.update, [{1}, 5]),
    ]


def cases1():
    return [
        ("update", set.update, [{1}, {2: 3}]),
        ("union", set.union, [{1, 2}, [3], (4,)]), ("union", set.union, [{1, 2}]), ("union", set.union, [{1}, 5]),
        ("union", fs.union, [fs([1]), [2]]), ("union", set.union, [fs([1]), [2]]),
        ("intersection", set.intersection, [{1, 2, 3}, [2, 3, 4], (3, 2)]), ("intersection", set.intersection, [{1, 2}]),
        ("intersection", fs.intersection, [fs([1, 2]), {2}]), ("intersection", set.intersection, [{1}, 1]),
        ("intersection_update", set.intersection_update, [{1, 2, 3}, [1, 2], (2,)]),
        ("intersection_update", set.intersection_update, [{1, 2}]),
        ("difference", set.difference, [{1, 2, 3}, [1], [2]]), ("difference", set.difference, [{1, 2}]),
    ]


def cases2():
    return [
        ("difference", fs.difference, [fs([1, 2]), [1]]), ("difference", set.difference, [{1}, None]),
        ("difference_update", set.difference_update, [{1, 2, 3}, [1], {2: 0}]),
        ("symmetric_difference", set.symmetric_difference, [{1, 2}, [2, 3]]),
        ("symmetric_difference", set.symmetric_difference, [{1, 2}]),
        ("symmetric_difference", fs.symmetric_difference, [fs([1, 2]), [2, 3, 3]]),
        ("symmetric_difference_update", set.symmetric_difference_update, [{1, 2, 3}, [3, 4, 4]]),
        ("symmetric_difference_update", set.symmetric_difference_update, [{1, 2, 3}, {3, 4}]),
        ("symmetric_difference_update", set.symmetric_difference_update, [{1}, [1], [2]]),
    ]


def cases3():
    return [
        ("issubset", set.issubset, [{1, 2}, [1, 2, 3]]), ("issubset", set.issubset, [{1, 2}, {1}]),
        ("issubset", set.issubset, [{1, 2}, 5]), ("issubset", fs.issubset, [fs([1]), range(3)]),
        ("issuperset", set.issuperset, [{1, 2}, [1]]), ("issuperset", set.issuperset, [{1, 2}, "a"]),
        ("issuperset", set.issuperset, [{1, 2}, {1, 2, 3}]),
        ("isdisjoint", set.isdisjoint, [{1, 2}, {3}]), ("isdisjoint", set.isdisjoint, [{1, 2}, [2]]),
        ("isdisjoint", set.isdisjoint, [{1, 2}, 5]), ("isdisjoint", fs.isdisjoint, [fs([1]), range(2, 4)]),
        ("add", set.add, [fs([1]), 2]), ("union", fs.union, [{1}, [2]]),
    ]


cases = []

cases.extend(cases0())

cases.extend(cases1())

cases.extend(cases2())

cases.extend(cases3())
for name, f, args in cases:
    r = call(f, args)
    print(name, repr(args), r)

s = {1, 2}
s |= {3}
s &= {1, 3, 9}
s -= {1}
s ^= {7, 3}
print(s)
for bad in ["|= list", "| list", "- list", "& tuple", "< list", "frozenset add"]:
    s = {1, 2}
    try:
        if bad == "|= list":
            s |= [3]
        elif bad == "| list":
            print(s | [3])
        elif bad == "- list":
            print(s - [3])
        elif bad == "& tuple":
            print(s & (1,))
        elif bad == "< list":
            print(s < [1])
        else:
            fs([1]).add(2)
    except (TypeError, AttributeError) as e:
        print(bad, type(e).__name__ + ":", e)
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2} >= {1}, {1, 2} ^ {2, 3}, {1, 2} - {2, 3}, {1, 2} & {2, 3})
print(fs({1, 2}) | {3}, {3} | fs({1, 2}), fs([1, 2]) < {1, 2, 3}, fs([1]) == {1}, {1} == fs([1]), set() == fs())
print(hash(fs()) == hash(fs([])), hash(fs([1, 2])) == hash(fs([2, 1])), {fs([1]): 2}, repr(set()), repr(fs()))
print(set(range(5)), set([3, 3, 1]), fs("ab") == set("ba"), set([1, 2]).copy(), len({1, 1.0, True}))
for bad in ["set(5)", "set([], [])", "set(x=1)", "frozenset([[]])"]:
    try:
        if bad == "set(5)":
            set(5)
        elif bad == "set([], [])":
            set([], [])
        elif bad == "set(x=1)":
            set(x=1)
        else:
            fs([[]])
    except TypeError as e:
        print(bad, e)
