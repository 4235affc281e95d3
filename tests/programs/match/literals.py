# match: literal patterns for ints, floats, strings, None, True and False, with a wildcard fallback
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "greeting"
        case "":
            return "empty string"
        case None:
            return "nothing"
        case True:
            return "true"
        case False:
            return "false"
        case 1_000_000:
            return "a million"
        case 3 + 4j:
            return "complex"
        case _:
            return "other " + repr(value)

for v in [0, 1, -1, 2.5, "hello", "", None, True, False, 1000000, 3 + 4j, 1.0, 0.0, "Hello", 7, [1]]:
    print(repr(v), "->", describe(v))

def http_status(code):
    match code:
        case 200:
            return "OK"
        case 404:
            return "Not Found"
        case 500:
            return "Server Error"
    return "unknown " + str(code)

print([http_status(c) for c in (200, 404, 500, 418)])

def no_match(x):
    match x:
        case 1:
            print("one")
    print("after match with", x)

no_match(1)
no_match(2)
