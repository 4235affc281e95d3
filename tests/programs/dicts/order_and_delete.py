# dicts: insertion order is kept across deletes and re-inserts and updates
d = {}
for i in range(10):
    d[i * 7 % 10] = i
print(d)
del d[3]
del d[0]
print(d)
d[3] = "back"
d[0] = "again"
print(d)
d[5] = "updated"
print(list(d), list(d.values()))
big = {}
for i in range(1000):
    big[i] = i * i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), big[999], list(big)[:5], list(big)[-3:])
for i in range(0, 10):
    big[i] = -i
print(list(big.items())[-10:])
r = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    if w in r:
        del r[w]
    r[w] = len(w)
print(r)
