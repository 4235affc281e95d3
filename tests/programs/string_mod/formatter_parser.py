# _string.formatter_parser: literal text, field names, specs and conversions as
# string.Formatter sees them, with CPython's errors (raised lazily, item by item).
import _string

cases = [
    "a{{b", "a}}b{0!r:>{1}}c", "{}", "x{a.b[c]!x}", "{!}", "{:", "{0!r", "{0!rr}",
    "ab}", "ab}c", "a{", "a{0", "{0[}", "{{}}", "", "}}", "{a{b}", "{0!}",
    "{0:{{}}}", "{a[}]}", "{0!s}tail", "{:>10}", "{name:{width}.{prec}f}", "héllo {ü!a}",
    "{0[a:b]}", "{!r}", "{:}", "{{", "}}}}",
]
for s in cases:
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except ValueError as e:
        print(repr(s), "ValueError:", e)

it = _string.formatter_parser("ab{0}c}")
print(next(it), type(it).__name__, iter(it) is it)
try:
    next(it)
except ValueError as e:
    print("ValueError:", e)

for bad in [1, None, b"x"]:
    try:
        _string.formatter_parser(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    _string.formatter_parser()
except TypeError as e:
    print("TypeError:", e)
print(_string.__doc__)
