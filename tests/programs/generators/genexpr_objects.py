# generators: generator expressions as first-class objects passed around, chained and partially consumed
def evens(limit):
    return (n for n in range(limit) if n % 2 == 0)

g = evens(10)
print(type(g).__name__, next(g), next(g))
doubled = (x * 2 for x in g)
print(list(doubled))
print(list(g))

nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))

source = iter(range(10))
pairs = ((a, next(source)) for a in source)
print(list(pairs))

names = ["ann", "bob", "cy"]
upper = (n.upper() for n in names)
names.append("dee")
print(list(upper))

def consume(it, n):
    return [next(it) for _ in range(n)]

letters = (c for c in "abcdefgh")
print(consume(letters, 3), consume(letters, 2), list(letters))

print(sum(x for x in range(5)), sum((x for x in range(5)), 10))
gen_of_gens = ((x * y for y in range(3)) for x in range(3))
print([list(inner) for inner in gen_of_gens])
g2 = (1 / x for x in [1, 2, 0, 4])
print(next(g2), next(g2))
try:
    next(g2)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(g2, "gone"))
g3 = (x for x in range(3))
g3.close()
print(list(g3))
g4 = (x for x in range(3))
print(iter(g4) is g4, next(g4))
