# ints: ZeroDivisionError messages for /, //, %, divmod and pow with zero
def attempt(kind, a, b):
    try:
        if kind == "/":
            r = a / b
        elif kind == "//":
            r = a // b
        elif kind == "%":
            r = a % b
        elif kind == "divmod":
            r = divmod(a, b)
        else:
            r = a ** b
        print(kind, a, b, "->", r)
    except ZeroDivisionError as e:
        print(kind, a, b, "ZeroDivisionError:", e)
        print("args", e.args)

attempt("/", 1, 0)
attempt("//", 1, 0)
attempt("%", 1, 0)
attempt("divmod", 1, 0)
attempt("**", 0, -1)
attempt("/", 1.0, 0)
attempt("//", 1.0, 0.0)
attempt("%", 1.5, 0.0)
attempt("divmod", 1.0, 0.0)
attempt("**", 0.0, -1)
attempt("/", 2 ** 100, 0)
attempt("//", -(2 ** 100), 0)
attempt("/", 10, 4)
attempt("//", 10, 4)
attempt("%", 10, 4)
try:
    x = 5
    x //= 0
except ZeroDivisionError as e:
    print("augmented", e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print("ValueError", e)
print("done")
