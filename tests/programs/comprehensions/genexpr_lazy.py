# comprehensions: generator expressions are lazy, single-pass, and evaluate the first iterable eagerly
log = []
def source(n):
    log.append("source built")
    for i in range(n):
        log.append("yield " + str(i))
        yield i

def noisy(x):
    log.append("map " + str(x))
    return x * 10

g = (noisy(v) for v in source(3))
print(type(g).__name__)
print(log)
print(next(g))
print(log)
print(list(g))
print(log)
print(list(g))

data = [1, 2, 3]
lazy = (d * 2 for d in data)
data.append(4)
print(list(lazy))

items = [1, 2]
first_eager = (x for x in items)
items = [7, 8, 9]
print(list(first_eager))

gen = (c * 2 for c in "ab")
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration:
    print("exhausted")
print(next(gen, "default"))

squares = (x * x for x in range(1000000000))
total = 0
for s in squares:
    if s > 50:
        break
    total += s
print(total)
print(next(squares))

try:
    bad = (1 / x for x in 5)
except TypeError as e:
    print("TypeError:", e)
broken = (10 // x for x in [2, 1, 0, 5])
out = []
try:
    for v in broken:
        out.append(v)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, out)
