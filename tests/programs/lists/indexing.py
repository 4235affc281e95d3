# lists: positive and negative indexing, assignment, del, and IndexError messages
a = [10, 20, 30, 40, 50]
print(a[0], a[4], a[-1], a[-5], a[len(a) - 1])
a[0] = 11
a[-1] = 55
a[2] += 3
print(a)
del a[1]
print(a)
del a[-1]
print(a, len(a))
try:
    print(a[10])
except IndexError as e:
    print("IndexError:", e)
try:
    print(a[-10])
except IndexError as e:
    print("IndexError:", e)
try:
    a[7] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del a[9]
except IndexError as e:
    print("IndexError:", e)
try:
    print(a["x"])
except TypeError as e:
    print("TypeError:", e)
try:
    print(a[1.0])
except TypeError as e:
    print("TypeError:", e)
print(a[True], a[False])
big = list(range(1000))
print(big[999], big[-1000], big[500:503], sum(big))
m = [[1, 2], [3, 4]]
m[1][0] = m[0][1] * 10
print(m)
