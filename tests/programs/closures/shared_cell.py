# closures: a cell changed after the closure was created is seen by the closure
def demo():
    value = 1
    def get():
        return value
    print("before:", get())
    value = 2
    print("after:", get())
    value = [value, 3]
    print("list:", get())
    return get

g = demo()
print("outside:", g())

def pair():
    data = {}
    def setter(k, v):
        data[k] = v
    def getter(k):
        return data.get(k, "missing")
    return setter, getter

s, gt = pair()
s("a", 1)
print(gt("a"), gt("b"))
s("b", 2)
s("a", 3)
print(gt("a"), gt("b"))

s2, gt2 = pair()
print(gt2("a"))

def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        return balance
    return deposit, withdraw

d, w = bank(100)
print(d(50), w(30), w(500), d(1), w(121), w(1))

def late():
    fs = [lambda: n for _ in range(2)]
    n = "bound later"
    return fs
print([f() for f in late()])
