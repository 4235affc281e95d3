# closures: reading a free variable before the enclosing function assigns it raises NameError
def outer(flag):
    def inner():
        return value * 2
    if flag:
        value = 21
    return inner()

print(outer(True))
try:
    outer(False)
except NameError as e:
    print("NameError:", e)

def outer2():
    def get():
        return item
    results = []
    for item in [1, 2]:
        results.append(get())
    del item
    try:
        results.append(get())
    except NameError as e:
        results.append(str(e))
    return results

print(outer2())

def outer3():
    def show():
        return late
    print("calling before assignment")
    r = show()
    late = 5
    return r

outer3()
