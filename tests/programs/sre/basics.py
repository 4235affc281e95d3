# _sre: literals, classes, ranges, categories (ASCII and Unicode), anchors, match/fullmatch/search
# with pos and endpos, the Match object's API and errors, on code made by CPython 3.11's re._compiler.
import _sre

CODES = {
    ('abc', 0): (32, [14, 12, 3, 3, 3, 3, 3, 97, 98, 99, 0, 0, 0, 16, 97, 16, 98, 16, 99, 1], 0, {}, (None,)),
    ('a.c', 0): (32, [14, 8, 1, 3, 3, 1, 1, 97, 0, 16, 97, 2, 16, 99, 1], 0, {}, (None,)),
    ('[a-f]+', 0): (32, [14, 4, 0, 1, 4294967295, 24, 10, 1, 4294967295, 13, 5, 22, 97, 102, 0, 1, 1], 0, {}, (None,)),
    ('[^a-f]+', 0): (32, [14, 4, 0, 1, 4294967295, 24, 11, 1, 4294967295, 13, 6, 21, 22, 97, 102, 0, 1, 1], 0, {}, (None,)),
    ('\\d+', 0): (32, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 10, 0, 1, 1], 0, {}, (None,)),
    ('\\D+', 0): (32, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 11, 0, 1, 1], 0, {}, (None,)),
    ('\\w+', 0): (32, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,)),
    ('\\W+', 0): (32, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 15, 0, 1, 1], 0, {}, (None,)),
    ('\\s+', 0): (32, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 1], 0, {}, (None,)),
    ('\\S+', 0): (32, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 13, 0, 1, 1], 0, {}, (None,)),
    ('[Ѐ-ӿ]+', 0): (32, [14, 4, 0, 1, 4294967295, 24, 10, 1, 4294967295, 13, 5, 22, 1024, 1279, 0, 1, 1], 0, {}, (None,)),
    ('[\\d\\s]+', 0): (32, [14, 4, 0, 1, 4294967295, 24, 11, 1, 4294967295, 13, 6, 8, 10, 8, 12, 0, 1, 1], 0, {}, (None,)),
    ('[-a]+', 0): (32, [14, 4, 0, 1, 4294967295, 24, 11, 1, 4294967295, 13, 6, 16, 45, 16, 97, 0, 1, 1], 0, {}, (None,)),
    ('[]a]+', 0): (32, [14, 4, 0, 1, 4294967295, 24, 11, 1, 4294967295, 13, 6, 16, 93, 16, 97, 0, 1, 1], 0, {}, (None,)),
    ('[\\]\\\\]+', 0): (32, [14, 4, 0, 1, 4294967295, 24, 10, 1, 4294967295, 13, 5, 22, 92, 93, 0, 1, 1], 0, {}, (None,)),
    ('[.^$]+', 0): (32, [14, 4, 0, 1, 4294967295, 24, 16, 1, 4294967295, 13, 11, 9, 0, 16400, 1073741824, 0, 0, 0, 0, 0, 0, 1, 1], 0, {}, (None,)),
    ('[^\\W\\d_]+', 0): (32, [14, 4, 0, 1, 4294967295, 24, 14, 1, 4294967295, 13, 9, 21, 8, 15, 8, 10, 16, 95, 0, 1, 1], 0, {}, (None,)),
    ('x*', 0): (32, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 16, 120, 1, 1], 0, {}, (None,)),
    ('', 0): (32, [14, 4, 0, 0, 0, 1], 0, {}, (None,)),
    ('[\\x00-\\x7f]+', 0): (32, [14, 4, 0, 1, 4294967295, 24, 10, 1, 4294967295, 13, 5, 22, 0, 127, 0, 1, 1], 0, {}, (None,)),
    ('[😀-🙏]+', 0): (32, [14, 4, 0, 1, 4294967295, 24, 10, 1, 4294967295, 13, 5, 22, 128512, 128591, 0, 1, 1], 0, {}, (None,)),
    ('^ab', 0): (32, [14, 4, 0, 2, 2, 6, 0, 16, 97, 16, 98, 1], 0, {}, (None,)),
    ('ab$', 0): (32, [14, 10, 1, 2, 2, 2, 2, 97, 98, 0, 0, 16, 97, 16, 98, 6, 5, 1], 0, {}, (None,)),
    ('ab\\Z', 0): (32, [14, 10, 1, 2, 2, 2, 2, 97, 98, 0, 0, 16, 97, 16, 98, 6, 7, 1], 0, {}, (None,)),
    ('\\Aab', 0): (32, [14, 4, 0, 2, 2, 6, 2, 16, 97, 16, 98, 1], 0, {}, (None,)),
    ('\\bfoo\\b', 0): (32, [14, 4, 0, 3, 3, 6, 10, 16, 102, 16, 111, 16, 111, 6, 10, 1], 0, {}, (None,)),
    ('\\Boo\\B', 0): (32, [14, 4, 0, 2, 2, 6, 11, 16, 111, 16, 111, 6, 11, 1], 0, {}, (None,)),
    ('\\b', 0): (32, [14, 4, 0, 0, 0, 6, 10, 1], 0, {}, (None,)),
    ('\\B', 0): (32, [14, 4, 0, 0, 0, 6, 11, 1], 0, {}, (None,)),
    ('\\b\\w+\\b', 0): (32, [14, 4, 0, 1, 4294967295, 6, 10, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 6, 10, 1], 0, {}, (None,)),
    ('^x', 0): (32, [14, 4, 0, 1, 1, 6, 0, 16, 120, 1], 0, {}, (None,)),
    ('x$', 0): (32, [14, 8, 1, 1, 1, 1, 1, 120, 0, 16, 120, 6, 5, 1], 0, {}, (None,)),
    ('(?<=a)b', 0): (32, [14, 4, 0, 1, 1, 4, 5, 1, 16, 97, 1, 16, 98, 1], 0, {}, (None,)),
    ('a|ab', 0): (32, [14, 8, 1, 1, 2, 1, 1, 97, 0, 16, 97, 7, 3, 15, 7, 5, 16, 98, 15, 2, 0, 1], 0, {}, (None,)),
    ('a*?', 0): (32, [14, 4, 0, 0, 4294967295, 26, 6, 0, 4294967295, 16, 97, 1, 1], 0, {}, (None,)),
    ('(?P<first>\\w+) (?P<last>\\w+)(x)?', 0): (32, [14, 4, 0, 3, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 16, 32, 17, 2, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 3, 23, 9, 0, 1, 17, 4, 16, 120, 17, 5, 18, 1], 3, {'first': 1, 'last': 2}, (None, 'first', 'last', None)),
    ('.*', 0): (32, [14, 4, 0, 0, 4294967295, 24, 5, 0, 4294967295, 2, 1, 1], 0, {}, (None,)),
    (b'.*', 0): (0, [14, 4, 0, 0, 4294967295, 24, 5, 0, 4294967295, 2, 1, 1], 0, {}, (None,)),
    ('a', 0): (32, [14, 8, 3, 1, 1, 1, 1, 97, 0, 16, 97, 1], 0, {}, (None,)),
    (b'a', 0): (0, [14, 8, 3, 1, 1, 1, 1, 97, 0, 16, 97, 1], 0, {}, (None,)),
}


def C(pattern, flags=0):
    f, code, groups, groupindex, indexgroup = CODES[(pattern, flags)]
    return _sre.compile(pattern, f, code, groups, groupindex, indexgroup)

# --- body ---
I, L, M, S, U, X, A = 2, 4, 8, 16, 32, 64, 256


def show(m):
    if m is None:
        print(None)
        return
    print(repr(m), m.span(), m.groups(), m.lastindex, m.lastgroup, m.regs)


# Literals, classes, ranges and categories.
for pat, subj in [
    ("abc", "xxabcxx"), ("a.c", "a\nc abc"), ("[a-f]+", "xyzdeadbeefq"),
    ("[^a-f]+", "deadXYZbeef"), (r"\d+", "ab 1234 cd"), (r"\D+", "12ab34"),
    (r"\w+", "  héllo_wörld42 "), (r"\W+", "ab, cd"), (r"\s+", "a \t\n\u2003b"),
    (r"\S+", "  xy  "), ("[\u0400-\u04ff]+", "abc Привет def"), (r"[\d\s]+", "ab1 2 3cd"),
    ("[-a]+", "x-a-ay"), ("[]a]+", "x]a]y"), (r"[\]\\]+", "a]\\b"), ("[.^$]+", "a.^$b"),
    (r"\d+", "٣٤٥ 12"), (r"[^\W\d_]+", "ab12_cd"), ("x*", "aaa"), ("", "abc"),
    (r"[\x00-\x7f]+", "héllo"), ("[\U0001f600-\U0001f64f]+", "smile 😀😃!"),
]:
    p = C(pat)
    show(p.search(subj))

# Anchors.
for pat, subj in [
    ("^ab", "ab"), ("^ab", "cab"), ("ab$", "cab"), ("ab$", "ab\n"), ("ab$", "ab\n\n"),
    (r"ab\Z", "ab\n"), (r"\Aab", "ab"), (r"\bfoo\b", "a foo b"), (r"\bfoo\b", "afoo b"),
    (r"\Boo\B", "foox"), (r"\b", ""), (r"\B", ""), (r"\B", "a"), (r"\b\w+\b", "été ok"),
]:
    show(C(pat).search(subj))

# match, fullmatch and search, with pos and endpos.
p = C(r"\d+")
show(p.match("12ab"))
show(p.match("ab12"))
show(p.fullmatch("123"))
show(p.fullmatch("123a"))
show(p.search("ab12cd34", 4))
show(p.search("ab12cd34", 0, 3))
show(p.match("ab12", 2))
show(p.match("1234", 1, 3))
show(p.fullmatch("1234", 1, 3))
show(p.search("1234", -5, 100))
show(p.search("1234", 3, 1))
show(C("^x").search("ax", 1))
show(C("x$").search("xa", 0, 1))
show(C(r"(?<=a)b").search("ab", 1))
show(C("").match("abc", 2, 1))
show(C("a|ab").fullmatch("ab"))
show(C("a*?").fullmatch("aaa"))
show(p.match(string="99x", pos=0, endpos=2))

# The match object.
m = C(r"(?P<first>\w+) (?P<last>\w+)(x)?").match("Jane Doe!")
print(m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, "first", 0))
print(m[0], m[1], m["last"], m[3], m.group(3))
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.start(2), m.end("last"), m.span("first"), m.span(3), m.start(3))
print(m.string, m.pos, m.endpos, m.lastindex, m.lastgroup, m.re.pattern, m.re.groups)
print(m.regs)
print(m.__copy__() is m, m.__deepcopy__({}) is m, bool(m))
for bad in [4, -1, "nope", 2.0, True]:
    try:
        print(m.group(bad))
    except IndexError as e:
        print("IndexError", e)
try:
    m.group([1])
except TypeError as e:
    print("TypeError", e)
print(repr(C(".*").match("x" * 100)))
print(repr(C(".*").match("a'b\"c")))
print(repr(C(b".*").match(b"bytes\x00")))

# Subjects of the wrong kind.
for pat, subj in [("a", b"a"), (b"a", "a"), ("a", 5), ("a", None)]:
    try:
        C(pat).search(subj)
    except TypeError as e:
        print("TypeError", e)
