# sets: iteration order of sets holding negative numbers, big ints and mixed hashes
print({-1, -2, -3, 0, 1, 2})
print({2 ** 61 - 1, 2 ** 61, 2 ** 62, 0, 1})
print({10, 20, 30, 40, 50, 60, 70, 80, 90})
print({1000, 2000, 3000, 8, 16, 24})
print({-100, 100, -7, 7})
s = set()
for i in range(-10, 11, 3):
    s.add(i * i * i)
print(s)
t = {8, 1, 9, 16, 17}
t.discard(1)
t.add(33)
print(t)
for x in {5, 3, 64, 1}:
    print(x, end=",")
print()
print(list({11, 3, 19, 27}), tuple({2, 34, 66}))
