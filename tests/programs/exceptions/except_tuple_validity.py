# exceptions: except clauses with tuples: flat tuples match, nested tuples and non-classes raise TypeError
def probe(exc, clause):
    try:
        try:
            raise exc
        except clause:
            return "caught"
    except TypeError as e:
        return "TypeError: " + str(e)
    except Exception as e:
        return "escaped " + type(e).__name__

print(probe(KeyError("k"), (ValueError, LookupError)))
print(probe(KeyError("k"), (ValueError, (IndexError, LookupError))))
print(probe(KeyError("k"), (ValueError, 5)))
print(probe(KeyError("k"), 5))
print(probe(KeyError("k"), ()))
print(probe(ValueError("v"), (ValueError, 5)))
print(probe(IndexError("i"), (LookupError,)))
print(probe(ZeroDivisionError(), (ArithmeticError, ValueError)))
# the TypeError happens while the original exception is being handled
try:
    try:
        raise KeyError("original")
    except (KeyError, "not a class"):
        pass
except TypeError as e:
    print(type(e.__context__).__name__, e.__context__)
