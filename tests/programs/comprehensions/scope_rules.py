# comprehensions: the loop variable does not leak, enclosing locals are visible, class bodies are special
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)

def f():
    factor = 3
    items = [n * factor for n in range(4)]
    try:
        leaked = n
    except NameError as e:
        leaked = "NameError: " + str(e)
    return items, leaked

print(f())

def g():
    total = 0
    data = [1, 2, 3]
    return [total + d for d in data], total

print(g())

class Config:
    base = 10
    names = ["a", "b", "c"]
    first = [n.upper() for n in names]
    try:
        shifted = [base + i for i in range(3)]
    except NameError as e:
        shifted = "NameError: " + str(e)
    ok = [i * 2 for i in range(base // 5)]

print(Config.first)
print(Config.shifted)
print(Config.ok)

i = "unchanged"
evens = {i for i in range(6) if i % 2 == 0}
table = {i: i for i in range(2)}
gen = list(i for i in range(3))
print(i, sorted(evens), table, gen)

def closure_in_comp():
    k = 100
    return [(lambda: k + j)() for j in range(3)]

print(closure_in_comp())

def rebinding():
    value = 1
    out = [value for _ in range(2)]
    value = 2
    return out, value

print(rebinding())
