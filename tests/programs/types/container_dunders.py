# The special methods of str, list, tuple, dict, set and frozenset called directly:
# NotImplemented for operands the slot does not take, in-place forms returning the
# receiver, and the slot wrappers' argument errors.


def call(f, args):
    try:
        n = len(args)
        if n == 0:
            r = f()
        elif n == 1:
            r = f(args[0])
        elif n == 2:
            r = f(args[0], args[1])
        else:
            r = f(args[0], args[1], args[2])
        return repr(r)
    except Exception as e:
        return "!! " + type(e).__name__ + ": " + str(e)


operands = [3, -1, True, 2 ** 70, 1.5, "x", "%s", [3], (3,), {3: 4}, {3}, frozenset([1]), None]
s = "ab"
l = [1, 2]
t = (1, 2)
d = {1: 2}
st = {1, 2}
f = frozenset([1, 2])


def binaries():
    binaries = [
        ("str add", s.__add__), ("str mul", s.__mul__), ("str rmul", s.__rmul__), ("str mod", "%r".__mod__),
        ("str rmod", s.__rmod__), ("str eq", s.__eq__), ("str ne", s.__ne__), ("str lt", s.__lt__), ("str ge", s.__ge__),
        ("str contains", s.__contains__), ("str getitem", s.__getitem__),
        ("list add", l.__add__), ("list mul", l.__mul__), ("list rmul", l.__rmul__), ("list eq", l.__eq__),
        ("list ne", l.__ne__), ("list lt", l.__lt__), ("list le", l.__le__), ("list contains", l.__contains__),
        ("list getitem", l.__getitem__),
        ("tuple add", t.__add__), ("tuple mul", t.__mul__), ("tuple rmul", t.__rmul__), ("tuple eq", t.__eq__),
        ("tuple gt", t.__gt__), ("tuple contains", t.__contains__), ("tuple getitem", t.__getitem__),
        ("dict or", d.__or__), ("dict ror", d.__ror__), ("dict eq", d.__eq__), ("dict ne", d.__ne__),
        ("dict lt", d.__lt__), ("dict contains", d.__contains__), ("dict getitem", d.__getitem__),
        ("set and", st.__and__), ("set or", st.__or__), ("set sub", st.__sub__), ("set xor", st.__xor__),
        ("set rand", st.__rand__), ("set ror", st.__ror__), ("set rsub", st.__rsub__), ("set rxor", st.__rxor__),
        ("set eq", st.__eq__), ("set lt", st.__lt__), ("set ge", st.__ge__), ("set contains", st.__contains__),
        ("frozenset or", f.__or__), ("frozenset rsub", f.__rsub__), ("frozenset le", f.__le__),
        ("frozenset ne", f.__ne__), ("frozenset contains", f.__contains__),
    ]
    for name, m in binaries:
        out = []
        for x in operands:
            out.append(call(m, [x]))
        print(name, "|", " | ".join(out))


binaries()


def unary():
    print("== unary")
    for name, m in [("str len", s.__len__), ("str repr", s.__repr__), ("str str", s.__str__), ("list len", l.__len__),
                    ("list repr", l.__repr__), ("list str", l.__str__), ("tuple hash", t.__hash__), ("tuple len", t.__len__),
                    ("dict len", d.__len__), ("dict repr", d.__repr__), ("set len", st.__len__), ("set repr", st.__repr__),
                    ("frozenset hash eq", f.__hash__), ("frozenset str", f.__str__)]:
        r = call(m, [])
        if name == "tuple hash":
            r = repr(t.__hash__() == hash(t))
        if name == "frozenset hash eq":
            r = repr(f.__hash__() == hash(f))
        print(name, r)
    print(list(s.__iter__()), list(l.__iter__()), list(l.__reversed__()), list(t.__iter__()), list(d.__iter__()),
          list({1: 2, 3: 4}.__reversed__()), list(st.__iter__()), list(f.__iter__()))
    for name, m in [("str format", s.__format__), ("list format", l.__format__), ("dict format", d.__format__),
                    ("set format", st.__format__), ("tuple format", t.__format__)]:
        print(name, call(m, [""]), call(m, [">5"]), call(m, [5]))
    try:
        [].__format__()
    except TypeError as ex:
        print(ex)
    try:
        {}.__format__("", "")
    except TypeError as ex:
        print(ex)


unary()


def in_place():
    print("== in place")
    a = [1]
    print(a.__iadd__((2, 3)) is a, a, a.__imul__(2) is a, a, a.__imul__(0), a, call(a.__iadd__, [5]), call(a.__imul__, ["x"]))
    b = {1: 2}
    print(b.__ior__([(3, 4)]) is b, b, b.__ior__({5: 6}.items()), call(b.__ior__, [5]), call(b.__ior__, [[1]]))
    c = {1, 2}
    print(c.__ior__({3}) is c, c, c.__iand__({1, 3}), c, c.__isub__(frozenset([1])), c, c.__ixor__({7}), c,
          c.__ior__([1]), c.__iand__(None))
    e = {"k": 1}
    e.__setitem__("j", 2)
    e.__delitem__("k")
    print(e, call(e.__delitem__, ["zz"]), call(e.__setitem__, [[], 1]), call(e.__setitem__, [1]))
    g = [1, 2, 3]
    g.__setitem__(0, 9)
    g.__setitem__(slice(1, 2), [7, 7])
    g.__delitem__(-1)
    print(g, call(g.__setitem__, [9, 1]), call(g.__delitem__, ["a"]))


in_place()


def errors():
    print("== argument errors")
    for name, m, args in [("str add", s.__add__, []), ("str len", s.__len__, [1]), ("str mul", s.__mul__, []),
                          ("str mul", s.__mul__, [1, 2]), ("str getitem", s.__getitem__, []),
                          ("str contains", s.__contains__, [1, 2]), ("list getitem", l.__getitem__, []),
                          ("list setitem", l.__setitem__, [0]), ("list delitem", l.__delitem__, []),
                          ("list reversed", l.__reversed__, [1]), ("list iadd", l.__iadd__, []),
                          ("dict getitem", d.__getitem__, []), ("dict contains", d.__contains__, [1, 2]),
                          ("dict reversed", d.__reversed__, [1]), ("dict setitem", d.__setitem__, [1, 2, 3]),
                          ("dict iter", d.__iter__, [1]), ("set contains", st.__contains__, []),
                          ("frozenset contains", f.__contains__, []), ("set ior", st.__ior__, []),
                          ("set hash", f.__hash__, [1]), ("tuple hash", t.__hash__, [1]), ("list eq", l.__eq__, []),
                          ("list repr", l.__repr__, [1]), ("str mod", s.__mod__, []), ("str rmod", s.__rmod__, [])]:
        print(name, call(m, args))
    for bad in ["frozenset ior", "str radd", "tuple iadd", "dict add"]:
        try:
            if bad == "list hash":
                print(l.__hash__())
            elif bad == "frozenset ior":
                print(f.__ior__({1}))
            elif bad == "str radd":
                print(s.__radd__("x"))
            elif bad == "tuple iadd":
                print(t.__iadd__((1,)))
            elif bad == "dict add":
                print(d.__add__({}))
            else:
                print(st.__hash__())
        except (AttributeError, TypeError) as ex:
            print(bad, type(ex).__name__)
    print(str.__add__("a", "b"), list.__add__([1], [2]), tuple.__mul__((0,), 3), dict.__or__({1: 1}, {2: 2}),
          set.__sub__({1, 2}, {1}), frozenset.__or__(frozenset(), {5}), str.__len__("abc"), list.__len__([1]))
    print(str.__contains__("abc", "b"), dict.__getitem__({1: "x"}, 1), str.__mod__("%d-%s", (1, "z")))


errors()
