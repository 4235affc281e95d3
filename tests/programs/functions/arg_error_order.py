# functions: the order CPython reports argument errors in (keywords before too many positionals)
def f3(a, b, c=3):
    return a + b + c
for call in range(6):
    try:
        if call == 0:
            f3(1, 2, 3, 4, d=4)
        elif call == 1:
            f3(1, 2, 3, 4, a=4)
        elif call == 2:
            f3(1, 2, 3, 4)
        elif call == 3:
            f3(1)
        elif call == 4:
            f3(1, 2, b=5)
        else:
            print(f3(1, c=10, b=2))
    except TypeError as e:
        print(e)
