# errors: uncaught TypeError for an unsupported operand between list and int after caught ones
def show(label, a, b):
    try:
        print(label, a - b)
    except TypeError as e:
        print(label, "TypeError:", e)

show("int-str", 1, "a")
show("str-int", "a", 1)
show("float-none", 1.5, None)
show("ok", 10, 3)
print([1, 2] * 2)
print([1, 2] - 1)
