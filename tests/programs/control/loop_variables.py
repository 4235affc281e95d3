# control: loop variable scoping, modifying loop targets, iterating over copies
items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
for i in range(3):
    i = i * 10
    print(i, end=" ")
print()
total = 0
for ch in "12345":
    total = total * 10 + int(ch)
print(total)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] == 2:
        del d[k]
print(d)
acc = []
for s in ["x", "y"]:
    for t in ["1", "2"]:
        acc.append(s + t)
print(acc, s, t)
n = 0
for _ in range(1000):
    n += 1
print(n)
for idx in range(len(items)):
    items[idx] = items[idx] ** 2
print(items)
