# match: sequence patterns with fixed length, star captures, nesting, and the str exclusion
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return "single " + repr(x)
        case [x, y]:
            return "pair " + repr(x) + "," + repr(y)
        case [first, *middle, last] if not middle:
            return "unreachable"
        case [first, *rest] if len(rest) > 3:
            return "long starting with " + repr(first) + " rest " + str(len(rest))
        case [first, *middle, last]:
            return "first " + repr(first) + " middle " + repr(middle) + " last " + repr(last)

for s in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4), list(range(6)), range(3)]:
    print(s, "->", shape(s))

def text_or_seq(x):
    match x:
        case [a, b]:
            return "sequence of two"
        case str() as s:
            return "string " + s
        case _:
            return "other"

print(text_or_seq("ab"), text_or_seq(["a", "b"]), text_or_seq(b"ab"), text_or_seq({"a": 1, "b": 2}))

def nested(x):
    match x:
        case [[a, b], [c, d]]:
            return a * d - b * c
        case [[a], *rest]:
            return "first inner singleton " + repr(a) + " then " + repr(rest)
        case [0, [1, [2, deep]]]:
            return "deep " + repr(deep)
    return "none"

print(nested([[1, 2], [3, 4]]), nested(([5], 6, 7)), nested([0, [1, [2, "x"]]]), nested([1]))

def star_positions(x):
    match x:
        case [*init, 0]:
            return "ends with zero after " + repr(init)
        case [1, *_]:
            return "starts with one"
        case [*_, 9, 9]:
            return "ends with two nines"
    return "no rule"

for x in [[0], [4, 5, 0], [1, 2], [3, 9, 9], [9], (1,)]:
    print(x, star_positions(x))
