# comprehensions: any/all/next stop consuming a generator expression as soon as the answer is known
seen = []
def probe(x):
    seen.append(x)
    return x

vals = [1, 3, 5, 6, 7, 9]
print(any(probe(v) % 2 == 0 for v in vals), seen)
seen.clear()
print(all(probe(v) % 2 == 1 for v in vals), seen)
seen.clear()
print(all(probe(v) < 100 for v in vals), seen)
seen.clear()
print(next(probe(v) for v in vals if v > 4), seen)
seen.clear()
g = (probe(v) for v in vals)
print(5 in g, seen)
print(list(g), seen)
seen.clear()
print(any([probe(v) > 2 for v in vals]), seen)

def first_match(pred, items):
    return next((i for i in items if pred(i)), None)

print(first_match(lambda s: s.startswith("b"), ["apple", "banana", "blue"]))
print(first_match(lambda s: s.startswith("z"), ["apple", "banana"]))

count = 0
def costly(n):
    global count
    count += 1
    return n * n > 50
print(any(costly(n) for n in range(100)), count)
count = 0
print(any(costly(n) for n in range(5)), count)
