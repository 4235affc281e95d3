# control: for over range forms including negative steps, empty ranges and range attributes
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(-5, 5, 2)), list(range(5, -5, -2)), list(range(0)), list(range(5, 5)), list(range(5, 0)))
print(list(range(0, -10, -1)), list(range(-1, -10, -4)), list(range(3, 4, 100)))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 0)))
r = range(2, 20, 4)
print(r[0], r[-1], r[2], 10 in r, 11 in r, list(r[1:3]), r)
print(range(10), range(1, 5), range(0, 10, 2), list(reversed(range(4))))
total = 0
for i in range(100, 0, -7):
    total += i
print(total)
for i in range(3):
    print("i", i)
print("after loop i =", i)
for i in range(10, 0, -2):
    print(i, end=" ")
print()
big = range(0, 2 ** 70, 2 ** 68)
print(len(big), list(big))
print(sum(range(1, 1001)), max(range(-3, 8, 2)), min(range(5, -9, -3)))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
