# sets: using sets for membership, deduplication and counting distinct values
data = [5, 3, 5, 1, 3, 9, 1, 1, 7, 9, 0]
seen = set()
dupes = set()
for x in data:
    if x in seen:
        dupes.add(x)
    else:
        seen.add(x)
print(seen, dupes, len(seen), sorted(seen - dupes))
primes = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29}
for n in range(0, 30, 4):
    print(n, n in primes, n + 1 in primes)
unique = list(set([4, 4, 2, 2, 8, 6]))
print(unique, sorted(unique))
pairs = set()
for i in range(4):
    for j in range(4):
        if i < j:
            pairs.add((i, j))
print(len(pairs), sorted(pairs))
print(set("aab") == set("ab"), len(set("mississippi")))
print(min({4, 2, 9}), max({4, 2, 9}), sum({1, 2, 3}), sorted({3, 1, 2}, reverse=True))
