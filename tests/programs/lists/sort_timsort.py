# list.sort/sorted: CPython's timsort order with NaNs, partial state after a failed comparison, key/reverse errors
nan = float('nan')
for l in [[3, 1, 2, 'a', 0], [5, 4, 3, 2, 1, None], ['b', 'a', 1], [1, 2, 3, 'x', 4, 5], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 'z', -1], [1, 'a', None], [None, 1, 'a'], [(1, 2), (1, 'a'), (0, None)]]:
    try:
        l.sort()
    except TypeError as e:
        print(e)
    print(l)
l = list(range(100, 0, -1)) + ['x'] + list(range(50))
try:
    l.sort()
except TypeError as e:
    print(e)
print(l)
seed = 7
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed
for trial in range(6):
    n = [5, 40, 64, 65, 300, 2000][trial]
    data = []
    for i in range(n):
        r = rnd() % 100
        if r < 5:
            data.append(nan)
        elif r < 50:
            data.append(r / 7)
        else:
            data.append(r)
    print(sorted(data)[:30], sorted(data, reverse=True)[:30])
    mixed = []
    for i in range(n):
        r = rnd() % 1000
        mixed.append(r if r > 3 else str(r))
    try:
        mixed.sort()
    except TypeError as e:
        print(e)
    print(mixed[:40])
    runs = []
    for i in range(n):
        runs.append((i % 17) * ((rnd() % 3) - 1) + (i // 50))
    runs.append(nan)
    runs.sort()
    print(runs[:50])
print(sorted([nan, 2, 1, nan, 0]), sorted([3.0, nan, 1.0]), sorted([nan, 1.5]), sorted([2, nan, 1], reverse=True))
cnt = [0]
def key(x):
    cnt[0] += 1
    return -x
l = list(range(20))
l.sort(key=key)
print(l, cnt)
for k in range(4):
    try:
        if k == 0: print(sorted([1, 2], reverse=None))
        if k == 1: print(sorted([1, 2], reverse=2**70))
        if k == 2: print(sorted([2, 1], reverse=1.5))
        if k == 3: print(sorted([2, 1, 3], reverse=5), sorted([2, 1], key=None, reverse=False))
    except Exception as e:
        print(type(e).__name__, e)
