# _sre: the module constants and functions (case mapping, iscased), compile with hand-written code
# lists, pattern None, and compile's argument errors.
import _sre

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, repr(_sre.copyright), _sre.getcodesize())
print([_sre.ascii_tolower(c) for c in (65, 90, 97, 0xC9, 0x130, 0x212A)])
print([_sre.unicode_tolower(c) for c in (65, 97, 0xC9, 0x130, 0x212A, 0x3A3, 0x1E9E, 0x10400, 0x110000)])
print([_sre.ascii_iscased(c) for c in (65, 49, 0xE9, -1)])
print([_sre.unicode_iscased(c) for c in (65, 49, 0xE9, 0xDF, 0x2160, 0x1F600, 0x3A3)])
for f, arg in [(_sre.ascii_tolower, "a"), (_sre.unicode_iscased, 2 ** 40), (_sre.getcodesize, 1)]:
    try:
        f(arg)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# compile with code lists written by hand: LITERAL 'a' REPEAT_ONE... and SUCCESS.
p = _sre.compile("ab+", 32, [16, 97, 24, 6, 1, 4294967295, 16, 98, 1, 1], 0, {}, (None,))
print(p.match("abbbc"), p.groups, p.flags, p.pattern)
p = _sre.compile(None, 0, [17, 0, 16, 120, 17, 1, 1], 1, {}, (None, None))
print(p.search("axb").groups(), p.search(b"axb").group(1), p.pattern)
for args in [("a", 0, (16, 97, 1), 0, {}, ()), ("a", 0, [16, -1, 1], 0, {}, ()), ("a", 0, [16, 2 ** 32, 1], 0, {}, ()),
             ("a", 0, [16, 97, 1], 0, [], ()), ("a", 0, [16, 97, 1], 0, {}, []), (5, 0, [16, 97, 1], 0, {}, ()),
             ("a", 0, [16, "x", 1], 0, {}, ())]:
    try:
        print(_sre.compile(*args))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    _sre.compile("a", 0, [1], 0, {})
except TypeError as e:
    print("TypeError", e)
try:
    type(p)()
except TypeError as e:
    print("TypeError", e)
print(type(p).__name__, type(p).__module__, type(p.match("x")).__name__)

# re._compiler builds charset bitmaps by parsing bytes of b"0"/b"1" with int(b, 2).
bits = bytes(range(256)).translate(b"0" + b"1" * 255)[::-1]
print([int(bits[i - 32:i], 2) for i in range(len(bits), 0, -32)], int(b" 12 "), int(bytearray(b"ff"), 16))
for bad in [(b"12x", 10), (b"\xe9", 10), (b"", 2)]:
    try:
        int(*bad)
    except ValueError as e:
        print("ValueError", e)
