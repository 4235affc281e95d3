# The special methods of int, bool and float called directly: results, NotImplemented for
# operands the type's slot does not take, and the slot wrappers' argument errors.


def call0(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def call1(label, f, a):
    try:
        print(label, repr(a), "->", repr(f(a)))
    except Exception as e:
        print(label, repr(a), "!!", type(e).__name__ + ":", e)


def call2(label, f, a, b):
    try:
        print(label, repr(a), repr(b), "->", repr(f(a, b)))
    except Exception as e:
        print(label, repr(a), repr(b), "!!", type(e).__name__ + ":", e)


operands = [3, -2, 0, True, 2 ** 64, 1.5, -0.0, float("inf"), "x", None, [1]]
for x in [7, -7, True, 2 ** 35, 2.5, -0.5]:
    print("==", repr(x))
    binaries = [("add", x.__add__), ("radd", x.__radd__), ("sub", x.__sub__), ("rsub", x.__rsub__),
                ("mul", x.__mul__), ("rmul", x.__rmul__), ("truediv", x.__truediv__),
                ("rtruediv", x.__rtruediv__), ("floordiv", x.__floordiv__), ("rfloordiv", x.__rfloordiv__),
                ("mod", x.__mod__), ("rmod", x.__rmod__), ("divmod", x.__divmod__), ("rdivmod", x.__rdivmod__),
                ("pow", x.__pow__), ("rpow", x.__rpow__), ("eq", x.__eq__), ("ne", x.__ne__), ("lt", x.__lt__),
                ("le", x.__le__), ("gt", x.__gt__), ("ge", x.__ge__)]
    for name, f in binaries:
        for y in operands:
            # (Skips huge powers and the complex results krait does not have.)
            if name in ("pow", "rpow") and (y == 2 ** 64 or x == 2 ** 35 or x == -0.5 or y == -2):
                continue
            call1(name, f, y)
    unaries = [("neg", x.__neg__), ("pos", x.__pos__), ("abs", x.__abs__), ("bool", x.__bool__),
               ("int", x.__int__), ("float", x.__float__), ("trunc", x.__trunc__), ("floor", x.__floor__),
               ("ceil", x.__ceil__), ("round", x.__round__), ("hash", x.__hash__), ("repr", x.__repr__),
               ("str", x.__str__)]
    for name, f in unaries:
        call0(name, f)
    for nd in [None, 0, 1, -1, -2, 2 ** 70, 1.0]:
        call1("round", x.__round__, nd)
    for spec in ["", "d", ".2f", ">6", "x", "e", 5, None]:
        call1("format", x.__format__, spec)

print("== int-only")
for x in [6, -6, True, False, 2 ** 64 + 5]:
    fs = [("and", x.__and__), ("rand", x.__rand__), ("or", x.__or__), ("ror", x.__ror__), ("xor", x.__xor__),
          ("rxor", x.__rxor__), ("lshift", x.__lshift__), ("rlshift", x.__rlshift__), ("rshift", x.__rshift__),
          ("rrshift", x.__rrshift__)]
    for name, f in fs:
        for y in [1, True, False, -1, 2.0, "s"]:
            if name in ("rlshift", "rrshift") and x > 100 and y != -1:
                continue
            call1(name, f, y)
    call0("invert", x.__invert__)
    call0("index", x.__index__)

print("== pow with a modulus")
for x in [5, 2, -3, 2.0]:
    for e, m in [(2, 3), (-1, 5), (2, None), (2, 0), (2, 1.5), (1.5, 3), ("a", 3), (3, -4)]:
        call2("pow", x.__pow__, e, m)
        call2("rpow", x.__rpow__, e, m)

print("== errors")
x = 5
call0("add()", x.__add__)
call2("add(1, 2)", x.__add__, 1, 2)
call0("pow()", x.__pow__)
call1("neg(1)", x.__neg__, 1)
call1("index(1)", x.__index__, 1)
call1("trunc(1)", x.__trunc__, 1)
call1("floor(1)", (1.5).__floor__, 1)
call2("round(1, 2)", x.__round__, 1, 2)
call0("format()", x.__format__)
call0("float format()", (1.5).__format__)
for f in [float("inf"), float("-inf"), float("nan"), 1e300, -2.5]:
    call0("int", f.__int__)
    call0("floor", f.__floor__)
    call0("ceil", f.__ceil__)
    call0("round", f.__round__)
    call1("round", f.__round__, 2)
call0("float of huge", (2 ** 1100).__float__)
call1("truediv 0", (5).__truediv__, 0)
call1("rtruediv 0", (0).__rtruediv__, 5)
call1("rtruediv 0.0", (0.0).__rtruediv__, 2)
call1("mod 0", (5.5).__mod__, 0)
call1("rdivmod 0", (0).__rdivmod__, 3)
call1("lshift -1", (1).__lshift__, -1)
print(int.__add__(2, 3), float.__mul__(1.5, 2), int.__round__(1234, -2), float.__round__(2.675, 2))
print(int.__index__(True), int.__repr__(7), float.__repr__(0.1), bool.__repr__(False))
