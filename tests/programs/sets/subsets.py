# sets: subset, superset, disjoint tests and comparison operators
a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b <= b, b < b, b >= a, b > a, a > b, a == {2, 1}, a != b)
print(a.issubset(b), b.issuperset(a), a.isdisjoint({3, 4}), a.isdisjoint(b))
print(set() <= a, set() < set(), a.issubset([1, 2, 5]), {1} == {1.0})
print({1, 2} == {2, 1}, {1, 2} < {1, 3})
words = ["apple", "bravo", "charlie"]
letters = set()
for w in words:
    for ch in w:
        letters.add(ord(ch) - ord("a"))
print(sorted(letters), len(letters))
print({4, 7}.issubset(letters), {25}.isdisjoint(letters))
