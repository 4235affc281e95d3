# exceptions: catching CPython's own error messages for common runtime type and value errors
def attempt(label, code):
    try:
        if code == 1:
            r = 1 + "a"
        elif code == 2:
            r = "a" + 1
        elif code == 3:
            r = [1] + (2,)
        elif code == 4:
            r = "abc" * "d"
        elif code == 5:
            r = None + 1
        elif code == 6:
            r = -"x"
        elif code == 7:
            r = len(5)
        elif code == 8:
            r = {}["x"]
        elif code == 9:
            r = int("12a")
        elif code == 10:
            r = [1, 2].index(3)
        elif code == 11:
            r = "abc"[5]
        elif code == 12:
            r = (1, 2)[2]
        elif code == 13:
            r = 3 < "x"
        elif code == 14:
            r = float("x1")
        elif code == 15:
            r = "x".join([1])
        elif code == 16:
            r = 1.5 // 0
        else:
            r = "fine"
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

for i in range(1, 18):
    attempt("case" + str(i), i)
