# builtins: bool() and logical operators returning operands, with comparisons of bools
vals = [0, 1, "", "x", None, [], [0], 0.0, 2]
for a in vals[:5]:
    for b in vals[4:]:
        print(repr(a), repr(b), repr(a and b), repr(a or b), not a)
print(True + True, True * 3, True == 1, False < True, sum([True] * 5), str(True), int(False))
print(isinstance(True, bool), type(not 1).__name__, -True, ~False)
print(True and "yes", False or "no", None or False, [] or {} or 0)
