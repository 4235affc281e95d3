# bytes: printf-style % formatting of bytes and bytearray, with CPython's errors
class B:
    def __bytes__(self):
        return b"<B>"

print(b"%s %d %x %r %a %c %%" % (b"str", 42, 255, "r\u00e9", b"a", 65))
print(b"%b|%5s|%-5s|%.1s" % (b"x", b"ab", bytearray(b"cd"), b"xyz"))
print(b"%s" % memoryview(b"mv"), b"%s" % B(), b"%s" % (b"one",), b"%c%c" % (b"A", bytearray(b"B")))
print(b"%x %X %o %#x %#o %08.3f %+d % d %e %g %i %u" % (255, 255, 8, 255, 8, 3.14159, 5, 7, 1234.5, 0.0001, 3, 9))
print(b"%5.2f|%-6d|%06.1e|%*d|%.*f" % (3.14159, 42, 1234.5, 5, 3, 2, 2.71828))
print(b"%(a)s %(b)d %(a)s" % {b"a": b"x", b"b": 2}, b"%r" % [1, b"x"], b"\xff%s\x00" % b"\xfe")
print(bytearray(b"%d-%s") % (5, b"x"), type(bytearray(b"%d") % 1).__name__, b"%i%%" % 50, b"100%%" % ())
print(b"%r %a" % ("\u00e9\u20ac", "\U0001f600"), b"%-4c|" % 66)

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("s int", lambda: b"%s" % 1)
attempt("s str", lambda: b"%s" % "x")
attempt("b str", lambda: b"%b" % "x")
attempt("s float", lambda: b"%s" % 1.5)
attempt("s list", lambda: b"%s" % [1])
attempt("c big", lambda: b"%c" % 256)
attempt("c str", lambda: b"%c" % "A")
attempt("c long bytes", lambda: b"%c" % b"AB")
attempt("c float", lambda: b"%c" % 1.0)
attempt("incomplete", lambda: b"%" % ())
attempt("bad char", lambda: b"%y" % 1)
attempt("not enough", lambda: b"%s %s" % (b"a",))
attempt("too many", lambda: b"%s" % (b"a", b"b"))
attempt("not all", lambda: b"x" % 5)
attempt("mapping key missing", lambda: b"%(a)s" % {"a": b"x"})
attempt("needs mapping", lambda: b"%(x)s" % 5)
attempt("d str", lambda: b"%d" % "1")
attempt("x float", lambda: b"%x" % 1.0)
attempt("f str", lambda: b"%f" % b"1")
attempt("star str", lambda: b"%*d" % ("a", 1))
attempt("rmod int", lambda: 5 % b"x")
attempt("str fmt bytes arg", lambda: "%s" % b"x")
