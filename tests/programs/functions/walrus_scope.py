# functions: assignment expressions inside f-strings, dict displays, slices and defaults bind in the right scope
def in_fstring():
    s = f"{(y := 7)} and {y + 1}"
    return y, s
print(in_fstring())

def in_dict_and_slice(items):
    d = {"first": (a := items[0]), "n": len(items)}
    part = items[(b := 1):(c := 3)]
    return a, b, c, d, part
print(in_dict_and_slice([10, 20, 30, 40]))

def default_walrus(x=(w := 3)):
    return x
print(default_walrus(), w)

def in_condition(values):
    found = []
    for v in values:
        if (double := v * 2) > 5:
            found.append(double)
    return found, double
print(in_condition([1, 2, 3, 4]))

# none of the names bound inside the functions leaked into the module
try:
    print(y)
except NameError as e:
    print(e)
try:
    print(double)
except NameError as e:
    print(e)
