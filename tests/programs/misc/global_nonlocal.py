# misc: global and nonlocal declarations interacting across nested functions
count = 0
name = "module"

def incr_global():
    global count
    count += 1
    return count

def outer():
    count = 100
    def inner_local():
        nonlocal count
        count += 1
        return count
    def inner_global():
        global count
        count += 10
        return count
    a = inner_local()
    b = inner_global()
    c = inner_local()
    return a, b, c, count

print(incr_global(), incr_global())
print(outer())
print("global count", count)

def define_global():
    global created_later
    created_later = "made inside function"
define_global()
print(created_later)

def reader():
    return name
def shadower():
    name = "local"
    return name, reader()
print(shadower(), name)

def renamer():
    global name
    name = "renamed"
renamer()
print(name, reader())

def make():
    value = "enclosing"
    def read_only():
        return value
    def rebind():
        nonlocal value
        value = "rebound"
    def global_value():
        global value
        return value
    return read_only, rebind, global_value

value = "global value"
r, rb, gv = make()
print(r(), gv())
rb()
print(r(), gv(), value)

def unbound():
    print(count)
    count = 5
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def loop_global():
    global total
    total = 0
    for i in range(5):
        total += i
loop_global()
print(total)
