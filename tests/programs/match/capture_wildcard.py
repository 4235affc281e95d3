# match: capture patterns bind the subject, the wildcard binds nothing, and bindings persist after match
def classify(x):
    match x:
        case 0:
            return "zero"
        case n:
            return "captured " + repr(n)

print(classify(0), classify(5), classify("s"), classify([1, 2]))

def wildcard(x):
    match x:
        case _:
            return "always"

print(wildcard(None), wildcard(1))

match 42:
    case value:
        pass
print("value after match:", value)

def pair_sum(p):
    match p:
        case (a, b):
            return a + b
        case _:
            return None

print(pair_sum((1, 2)), pair_sum([3, 4]), pair_sum((1, 2, 3)), pair_sum("ab"), pair_sum(5))

for item in [3, "x", (1,), None]:
    match item:
        case int():
            kind = "int"
        case str():
            kind = "str"
        case other:
            kind = "other:" + type(other).__name__
    print(item, kind)

def ignore_parts(seq):
    match seq:
        case (_, _, third):
            return third
        case (_, second):
            return second
    return "no match"

print(ignore_parts((1, 2, 3)), ignore_parts(["a", "b"]), ignore_parts(()))
