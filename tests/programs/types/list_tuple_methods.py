# The methods of list and tuple, through list.NAME / tuple.NAME with fresh receivers,
# showing the result and the receiver afterwards, with CPython's argument errors.


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
        ("append", list.append, [[1], 2]), ("append", list.append, [[1]]), ("append", list.append, [[1], 2, 3]),
        ("extend", list.extend, [[1], range(3)]), ("extend", list.extend, [[1], "ab"]), ("extend", list.extend, [[1], {7: 1}]),
        ("extend", list.extend, [[1], 5]), ("extend", list.extend, [[1], (9, 8)]), ("extend", list.extend, [[], {2, 1}]),
        ("insert", list.insert, [[1, 2], 0, "a"]), ("insert", list.insert, [[1, 2], 100, "z"]),
        ("insert", list.insert, [[1, 2], -100, "q"]), ("insert", list.insert, [[1, 2], -1, "m"]),
        ("insert", list.insert, [[1], 1.0, 2]), ("insert", list.insert, [[1], 1]), ("insert", list.insert, [[1], 2 ** 70, 2]),
        ("insert", list.insert, [[1], True, 2]),
        ("pop", list.pop, [[1, 2, 3]]), ("pop", list.pop, [[1, 2, 3], 0]), ("pop", list.pop, [[1, 2, 3], -1]),
    ]


def cases1():
    return [
        ("pop", list.pop, [[1, 2, 3], -4]), ("pop", list.pop, [[1, 2, 3], 5]), ("pop", list.pop, [[]]),
        ("pop", list.pop, [[1], "a"]), ("pop", list.pop, [[1], 2 ** 70]), ("pop", list.pop, [[1], 1, 2]),
        ("remove", list.remove, [[1, 2, 1], 1]), ("remove", list.remove, [[1], 5]), ("remove", list.remove, [[]]),
        ("remove", list.remove, [[1.0, 2], True]), ("remove", list.remove, [[[1], [2]], [2]]),
        ("index", list.index, [[1, 2, 3, 2], 2]), ("index", list.index, [[1, 2, 3, 2], 2, 2]),
        ("index", list.index, [[1, 2, 3, 2], 2, -1]), ("index", list.index, [[1, 2, 3, 2], 2, 0, 1]),
        ("index", list.index, [[1, 2, 3, 2], 2, 10 ** 30]), ("index", list.index, [[1, 2, 3, 2], 2, -(10 ** 30)]),
        ("index", list.index, [[1, 2, 3, 2], 2, 1.0]), ("index", list.index, [[1, 2, 3, 2]]),
    ]


def cases2():
    return [
        ("index", list.index, [[1, 2, 3, 2], 2, None]), ("index", list.index, [[1, 2, 3], 3, 0, None]),
        ("index", list.index, [[1, 2], 1, 0, 2, 3]),
        ("count", list.count, [[1, 2, 3, 2], 2]), ("count", list.count, [[1, 2.0, True], 1]), ("count", list.count, [[]]),
        ("count", list.count, [[float("nan")], float("nan")]),
        ("clear", list.clear, [[1, 2]]), ("clear", list.clear, [[1], 1]), ("copy", list.copy, [[1, [2]]]),
        ("copy", list.copy, [[], 1]), ("reverse", list.reverse, [[1, 2, 3]]), ("reverse", list.reverse, [[1], 1]),
        ("count", tuple.count, [(1, 2, 1), 1]), ("index", tuple.index, [(1, 2, 1), 1, 1]),
        ("index", tuple.index, [(1, 2, 1), 3]), ("index", tuple.index, [(1, 2), 1, "a"]), ("count", tuple.count, [()]),
    ]


def cases3():
    return [
        ("index", tuple.index, [(1, 2), 2, -1, 5]), ("count", tuple.count, [(1,), 1, 2]),
        ("append", list.append, [(1,), 2]), ("count", tuple.count, [[1], 1]),
    ]


cases = []

cases.extend(cases0())

cases.extend(cases1())

cases.extend(cases2())

cases.extend(cases3())
for name, f, args in cases:
    r = call(f, args)
    print(name, repr(args), r)

# sort: key, reverse, stability, errors.
words = ["pear", "Fig", "apple", "fig", "Banana", "kiwi", "apple"]
a = list(words)
a.sort()
print(a)
a = list(words)
a.sort(key=str.lower)
print(a)
a = list(words)
a.sort(key=str.lower, reverse=True)
print(a)
a = list(words)
a.sort(key=len, reverse=1)
print(a)
a = [3, 1, 2]
a.sort(key=None, reverse=False)
print(a)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=len)
print(pairs)
pairs.sort()
print(pairs)
for bad in ["[3, 'a']", "pos", "pos3", "pos2", "foo", "rev_none", "rev_str", "rev_big", "key_int"]:
    a = [3, 1, 2]
    try:
        if bad == "[3, 'a']":
            a = [3, "a"]
            a.sort()
        elif bad == "pos":
            a.sort(str.lower)
        elif bad == "pos2":
            a.sort(1, key=None)
        elif bad == "pos3":
            a.sort(1, 2, 3)
        elif bad == "foo":
            a.sort(foo=1)
        elif bad == "rev_none":
            a.sort(reverse=None)
        elif bad == "rev_str":
            a.sort(reverse="x")
        elif bad == "rev_big":
            a.sort(reverse=2 ** 40)
        else:
            a.sort(key=5)
        print(bad, a)
    except Exception as e:
        print(bad, type(e).__name__ + ":", e, a)
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted([], key=len))
a = [1, 2]
a.extend(a)
print(a)
a *= 2
print(a)
a += (7,)
print(a)
