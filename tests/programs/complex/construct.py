# complex: the complex() constructor from numbers, strings and objects with __complex__, __float__, __index__
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class C:
    def __complex__(self):
        return 2 + 3j

class Bad:
    def __complex__(self):
        return 1

class F:
    def __float__(self):
        return 2.5

class I:
    def __index__(self):
        return 7

class Nothing:
    pass

for label, f in [
    ("empty", lambda: complex()),
    ("int", lambda: complex(5)),
    ("float", lambda: complex(2.5)),
    ("bool", lambda: complex(True, False)),
    ("two", lambda: complex(1, 2)),
    ("complex parts", lambda: complex(1j, 1j)),
    ("complex real", lambda: complex(1 + 2j, 3)),
    ("keywords", lambda: complex(real=1, imag=2)),
    ("imag only", lambda: complex(imag=2)),
    ("same object", lambda: complex(3 + 4j)),
    ("dunder", lambda: complex(C())),
    ("dunder bad", lambda: complex(Bad())),
    ("float dunder", lambda: complex(F())),
    ("index dunder", lambda: complex(I())),
    ("mixed dunders", lambda: complex(F(), I())),
    ("imag complex obj", lambda: complex(1, C())),
    ("none", lambda: complex(None)),
    ("list", lambda: complex([])),
    ("object", lambda: complex(Nothing())),
    ("imag none", lambda: complex(1, None)),
    ("imag str", lambda: complex(2, "a")),
    ("str and imag", lambda: complex("1", 2)),
    ("bytes", lambda: complex(b"1")),
    ("three", lambda: complex(1, 2, 3)),
    ("bad keyword", lambda: complex(x=1)),
    ("huge int", lambda: complex(10 ** 400)),
    ("huge float", lambda: complex(1e400)),
]:
    attempt(label, f)

for text in ["1+2j", "  ( 1-2J )  ", "j", "-j", "+j", "1+j", "1-j", "3", "-4.5", "1e3j", "1.5e-3+2.5E+4J",
             "inf-infj", "nan", "infj", "-nanj", "+1.j", "1_000+2_0j", "\u0661+2j", "\u20031j\u2003",
             "", " ", "()", "(1", "1)", "1 + 2j", "1e", ".j", "1..2j", "_1", "1_", "1__0", "1+2j+",
             "1+2", "j1", "1jj", "(1+2j))", "1+2j\x00", "infinity+1j", "1+infinityj", "abc"]:
    attempt(repr(text), lambda: complex(text))
