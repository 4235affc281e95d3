# functions: global statement, reading globals without it, and shadowing with locals
counter = 0
name = "global"
def increment(by=1):
    global counter
    counter += by
    return counter

def read_only():
    return counter * 2

def shadow():
    name = "local"
    return name

def set_new():
    global created
    created = "made inside"

print(increment(), increment(), increment(10), counter)
print(read_only(), shadow(), name)
set_new()
print(created)
total = []
def record(x):
    total.append(x)
record(1)
record(2)
print(total)
def reset():
    global counter, name
    counter = 0
    name = "reset"
reset()
print(counter, name)
def loop_global():
    global counter
    for i in range(5):
        counter += i
loop_global()
print(counter)
