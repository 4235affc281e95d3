# comprehensions: assignment expressions inside comprehensions bind in the enclosing scope
data = [3, 8, 1, 9, 4]
running = 0
sums = [running := running + d for d in data]
print(sums, running)

def f(x):
    return x * x - 10
results = [y for x in range(6) if (y := f(x)) > 0]
print(results, y)

words = ["apple", "kiwi", "banana", "fig"]
long = [(w, n) for w in words if (n := len(w)) > 3]
print(long, n)

def scoped():
    values = [last := v for v in range(5)]
    return values, last
print(scoped())

def any_witness(items):
    if any((hit := i) % 7 == 0 for i in items):
        return "found " + str(hit)
    return "none, last " + str(hit)
print(any_witness([3, 5, 14, 21]))
print(any_witness([1, 2, 3]))

counter = 0
pairs = {(counter := counter + 1): ch for ch in "xyz"}
print(pairs, counter)
