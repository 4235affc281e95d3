# sets: printing sets of small ints in CPython's iteration order, add, discard, remove
s = {3, 1, 2}
print(s, len(s))
s.add(10)
s.add(1)
s.add(100)
s.add(-1)
print(s)
s.discard(2)
s.discard(42)
print(s)
s.remove(10)
print(s)
try:
    s.remove(999)
except KeyError as e:
    print("KeyError:", e)
print(set(), set([5, 4, 3, 3, 4]), set(range(20, 0, -3)), set((9, 8, 33, 64, 1)))
print({32, 0, 16, 8}, {7, 15, 23, 31, 39}, {-5, -1, -2, 5, 0})
t = set()
for i in range(30, 0, -4):
    t.add(i)
print(t)
print(sorted(t), len(t), 6 in t, 7 in t, 7 not in t)
u = {1, 2, 3}
print(u.pop(), u)
u.clear()
print(u, bool(u), bool({0}))
v = {1, 2}
w = v.copy()
w.add(3)
print(v, w)
print({1, 1.0, True}, {0, False, 0.0}, {2.5, 1})
print({(1, 2), (1, 2)}, len({(1, 2), (2, 1)}))
big = set()
for i in range(0, 200, 7):
    big.add(i)
print(big)
