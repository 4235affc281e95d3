# sets: union, intersection, difference, symmetric difference and their method forms
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([10, 11]), a.intersection(range(3)), a.difference((1, 2)))
c = set(a)
c |= {9}
print(c)
c &= {1, 2, 9, 50}
print(c)
c -= {1}
print(c)
c ^= {2, 3}
print(c)
c.update([20, 21], (22,))
print(c)
print(a | b | {0}, (a & b) | {8}, a - b - {1})
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(evens & threes, evens - threes, threes - evens, len(evens | threes))
