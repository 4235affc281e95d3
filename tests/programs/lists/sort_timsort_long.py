# timsort partial state after a comparison error deep in merges, and NaN orders, on long lists
seed = 11
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed
for trial in range(40):
    n = 100 + rnd() % 3000
    l = []
    for i in range(n):
        m = rnd() % 10
        if m < 3:
            l.append(i)
        elif m < 6:
            l.append(n - i)
        else:
            l.append(rnd() % 500)
    pos = rnd() % n
    l[pos] = 'x'
    try:
        l.sort()
    except TypeError as e:
        pass
    h = 0
    for i in range(len(l)):
        v = l[i]
        if v == 'x':
            v = -1
        h = (h * 31 + v + i) % 1000000007
    print(trial, n, pos, h, l.index('x'))
    l2 = []
    for i in range(n):
        l2.append(float(rnd() % 100) if rnd() % 20 else float('nan'))
    l2.sort()
    h = 0
    for v in l2:
        h = (h * 31 + (int(v) if v == v else 77)) % 1000000007
    print(h)
