# Every str method, called through str.NAME with a table of receivers and arguments,
# including CPython's argument errors.


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


samples = ["", "a", "abc", "aBc dE", " x  y ", "\t", "a\tbc\td", "\u00e9\u20ac\U0001f600", "\u01c5", "\u00df", "12",
           "-3", "+0042", "\u0663", "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l", "Hello World",
           "hELLO wORLD", "\u03c3\u03a3", "\u03a3\u0391\u03a3", "\u0130", "\ufb01", "\x1c", "_x1", "they're bill's",
           "\u1f88\u1f80", "A\u0345", "\u01c4\u01c6", "\u00b2\u00bd", "\u3000a\u3000", "\U0001d7d8", "ab\u0301c"]
noargs = [str.capitalize, str.casefold, str.lower, str.upper, str.swapcase, str.title, str.isalnum, str.isalpha,
          str.isascii, str.isdecimal, str.isdigit, str.isidentifier, str.islower, str.isnumeric, str.isprintable,
          str.isspace, str.istitle, str.isupper, str.split, str.rsplit, str.strip, str.lstrip, str.rstrip,
          str.splitlines, str.expandtabs]
for s in samples:
    out = []
    for f in noargs:
        out.append(call(f, [s]))
    print(repr(s), " ".join(out))

def cases0():
    return [
        ("center", str.center, ["abc", 9, "*"]), ("center", str.center, ["abc", 8, "*"]), ("center", str.center, ["ab", 5, "*"]),
        ("ljust", str.ljust, ["abc", 6, "-"]), ("rjust", str.rjust, ["abc", 6, "-"]), ("center", str.center, ["abc", 2]),
        ("center", str.center, ["abc", 6, "ab"]), ("center", str.center, ["abc", 6, ""]), ("center", str.center, ["abc", 6, 1]), ("ljust", str.ljust, ["abc"]),
        ("ljust", str.ljust, ["abc", 5.0]), ("center", str.center, ["abc", -5]), ("rjust", str.rjust, ["abc", 6, "\u00e9"]),
        ("zfill", str.zfill, ["42", 5]), ("zfill", str.zfill, ["-42", 5]), ("zfill", str.zfill, ["+42", 5]), ("zfill", str.zfill, ["42", 1]),
        ("zfill", str.zfill, ["", 3]), ("zfill", str.zfill, ["-", 3]), ("zfill", str.zfill, ["\u00e9", 3]), ("zfill", str.zfill, ["1", "3"]),
        ("count", str.count, ["abcabcabc", "bc"]), ("count", str.count, ["abcabcabc", "bc", 2]), ("count", str.count, ["abcabcabc", "bc", 2, 5]),
        ("count", str.count, ["abcabcabc", ""]), ("count", str.count, ["abcabcabc", "", 3, 5]), ("count", str.count, ["abc", "", 10]),
        ("count", str.count, ["abc", "", 3]), ("count", str.count, ["abcabcabc", "bc", -4]), ("count", str.count, ["abcabcabc", "bc", None, -1]),
        ("count", str.count, ["abc", 1]), ("count", str.count, ["abc", "a", "b"]), ("count", str.count, ["abc"]),
    ]


def cases1():
    return [
        ("find", str.find, ["abcabc", "c", 3]), ("find", str.find, ["abcabc", "c", 3, 5]), ("find", str.find, ["abcabc", "c", -2]),
        ("rfind", str.rfind, ["abcabc", "c", 0, 4]), ("find", str.find, ["abcabc", ""]), ("find", str.find, ["abcabc", "", 6]),
        ("find", str.find, ["abcabc", "", 7]), ("rfind", str.rfind, ["abcabc", ""]), ("index", str.index, ["abcabc", "x"]),
        ("rindex", str.rindex, ["abcabc", "x"]), ("index", str.index, ["abcabc", "c", 3]), ("rindex", str.rindex, ["abcabc", "a", None, 3]),
        ("find", str.find, ["abcabc", "a", 10 ** 30]), ("find", str.find, ["abcabc", "a", -(10 ** 30)]), ("find", str.find, ["abcabc", "a", 1.0]),
        ("find", str.find, ["a\u00e9\u20ac\U0001f600\u00e9", "\u00e9", 2]), ("rfind", str.rfind, ["a\u00e9\u20ac\U0001f600\u00e9", "\u00e9"]),
        ("index", str.index, ["a\u00e9\u20ac\U0001f600\u00e9", "\U0001f600"]),
        ("startswith", str.startswith, ["abc", ("x", "a")]), ("startswith", str.startswith, ["abc", "b", 1]), ("startswith", str.startswith, ["abc", "", 3]),
        ("startswith", str.startswith, ["abc", "", 4]), ("endswith", str.endswith, ["abc", "b", 0, 2]), ("endswith", str.endswith, ["abc", ("c",), -1]),
        ("startswith", str.startswith, ["abc", ["a"]]), ("startswith", str.startswith, ["abc", ("a", 1)]), ("startswith", str.startswith, ["abc", ("x", 1)]),
    ]


def cases2():
    return [
        ("endswith", str.endswith, ["abc", 1]), ("endswith", str.endswith, ["abc", ()]),
        ("strip", str.strip, ["xxabcxx", "x"]), ("strip", str.strip, ["abc", None]), ("strip", str.strip, ["abc", 1]), ("lstrip", str.lstrip, ["abc", "ab"]),
        ("rstrip", str.rstrip, ["abc", "bc"]), ("strip", str.strip, ["\u3000a\x85", None]),
        ("split", str.split, ["a b  c", None, 1]), ("split", str.split, ["a,b,,c", ","]), ("split", str.split, ["a,b,,c", ",", 1]),
        ("rsplit", str.rsplit, ["a,b,,c", ",", 1]), ("split", str.split, ["abc", ""]), ("split", str.split, ["abc", 1]),
        ("rsplit", str.rsplit, ["  a  b  ", None, 1]), ("split", str.split, ["a\u3000b\x1cc", None]), ("split", str.split, ["a,b", ",", 2 ** 70]),
        ("split", str.split, ["a,b", ",", "1"]), ("rsplit", str.rsplit, ["a,b,c", ",", -5]), ("split", str.split, ["aaa", "a"]),
        ("split", str.split, ["aaa", "aa"]), ("rsplit", str.rsplit, ["aaa", "aa"]),
        ("join", str.join, [",", ["a", "b"]]), ("join", str.join, [",", ["a", 1]]), ("join", str.join, [",", "abc"]), ("join", str.join, [",", []]),
        ("join", str.join, [",", 5]), ("join", str.join, [",", ("x",)]), ("join", str.join, ["", {"k": 1, "j": 2}]),
    ]


def cases3():
    return [
        ("replace", str.replace, ["abc", "b", "x"]), ("replace", str.replace, ["abcbcb", "b", "x", 2]), ("replace", str.replace, ["abc", "", "-"]),
        ("replace", str.replace, ["abc", "", "-", 2]), ("replace", str.replace, ["abc", "b", "x", -1]), ("replace", str.replace, ["abc", "b"]),
        ("replace", str.replace, ["abc", 1, "x"]), ("replace", str.replace, ["abc", "b", 1]), ("replace", str.replace, ["abc", "b", "x", 1.0]),
        ("replace", str.replace, ["", "", "x"]), ("replace", str.replace, ["aaa", "aa", "b"]),
        ("partition", str.partition, ["a,b,c", ","]), ("rpartition", str.rpartition, ["a,b,c", ","]), ("partition", str.partition, ["abc", ","]),
        ("rpartition", str.rpartition, ["abc", ","]), ("partition", str.partition, ["abc", ""]), ("partition", str.partition, ["abc", 1]),
        ("removeprefix", str.removeprefix, ["abcabc", "ab"]), ("removeprefix", str.removeprefix, ["abcabc", ""]), ("removesuffix", str.removesuffix, ["abcabc", "bc"]),
        ("removesuffix", str.removesuffix, ["abcabc", "x"]), ("removeprefix", str.removeprefix, ["abc", 1]), ("removesuffix", str.removesuffix, ["abc", None]),
        ("splitlines", str.splitlines, ["a\nb\r\nc\rd\n", True]), ("splitlines", str.splitlines, ["a\nb", 2.0]), ("splitlines", str.splitlines, ["\n\n", True]),
        ("splitlines", str.splitlines, ["\r\n\r", 1]), ("splitlines", str.splitlines, ["x\x85y\u2028", False]),
    ]


def cases4():
    return [
        ("expandtabs", str.expandtabs, ["a\tb\tc", 4]), ("expandtabs", str.expandtabs, ["a\tb\nab\tc", 3]), ("expandtabs", str.expandtabs, ["a\tb", 0]),
        ("expandtabs", str.expandtabs, ["a\tb", -1]), ("expandtabs", str.expandtabs, ["a\tb", "2"]), ("expandtabs", str.expandtabs, ["\u00e9\t\r\tx", 4]),
        ("format", str.format, ["{} {}", 1]), ("format", str.format, ["{0} {}", 1, 2]), ("format", str.format, ["{0[1]}", [1, 2]]),
        ("format", str.format, ["{0.real}", 3]), ("format", str.format, ["{!r:^10}", "a"]), ("format", str.format, ["{:{}}", "a", 4]),
        ("format", str.format, ["{:%}", 0.5]), ("format", str.format, ["{0!s:>4}{1!a}", 1, "\u00e9"]), ("format", str.format, ["}"]),
        ("format", str.format, ["{"]), ("format", str.format, ["{0:{1:{2}}}", 1, 2, 3]), ("format", str.format, ["{:,}", 10 ** 7]),
        ("format_map", str.format_map, ["{a}-{b}", {"a": 1, "b": 2}]), ("format_map", str.format_map, ["{a}", {}]), ("format_map", str.format_map, ["{0}", {}]),
        ("format_map", str.format_map, ["{a}", 1]), ("format_map", str.format_map, ["{a[0]}", {"a": "xy"}]),
        ("translate", str.translate, ["abcabc", {97: "x", 98: None}]), ("translate", str.translate, ["abc", {97: "XX", 98: None, 99: 100}]),
        ("translate", str.translate, ["abc", {97: 1.5}]), ("translate", str.translate, ["abc", {97: 0x110000}]), ("translate", str.translate, ["abc", []]),
    ]


def cases5():
    return [
        ("translate", str.translate, ["abc", 5]), ("translate", str.translate, ["abc", "xyzw"]),
        ("maketrans", str.maketrans, ["abc", "xyz"]), ("maketrans", str.maketrans, ["abc", "xy"]), ("maketrans", str.maketrans, [{"a": "b", 98: None}]),
        ("maketrans", str.maketrans, [{"ab": 1}]), ("maketrans", str.maketrans, [{1.5: 1}]), ("maketrans", str.maketrans, ["ab", "cd", "e"]),
        ("maketrans", str.maketrans, [1]), ("maketrans", str.maketrans, []), ("maketrans", str.maketrans, ["a", 1]), ("maketrans", str.maketrans, ["a", "b", 1]),
        ("upper", str.upper, []), ("upper", str.upper, [1]), ("lower", str.lower, ["A", "B"]), ("isdigit", str.isdigit, ["1", 2]), ("title", str.title, [None]),
    ]


cases = []

cases.extend(cases0())

cases.extend(cases1())

cases.extend(cases2())

cases.extend(cases3())

cases.extend(cases4())

cases.extend(cases5())
for name, f, args in cases:
    print(name, repr(args), call(f, args))

print("abc".center(7, "."), "abc".ljust(5), "{:^9}".format("mid"), "x".join(["1", "2", "3"]))
print("Hello"[::-1], "abc" * 3, "-" * 0, "ab" * -1, "abcdef"[1:5:2], "a,b".split(sep=",", maxsplit=1))
print("a\tb".expandtabs(tabsize=3), "a\nb\n".splitlines(keepends=True), "AbC".casefold())
try:
    "abc".split(sep=",", foo=1)
except TypeError as e:
    print(e)
try:
    "abc".replace("a", "b", count=1)
except TypeError as e:
    print(e)
try:
    "abc".expandtabs(4, 5)
except TypeError as e:
    print(e)
try:
    "abc".splitlines(True, keepends=True)
except TypeError as e:
    print(e)
