# misc: chained comparisons evaluate each middle operand once and short-circuit left to right
log = []
def v(name, value):
    log.append(name)
    return value

print(v("a", 1) < v("b", 2) < v("c", 3))
print(log)
log.clear()
print(v("a", 1) < v("b", 0) < v("c", 3))
print(log)
log.clear()
print(v("a", 1) == v("b", 1) != v("c", 2) > v("d", 0))
print(log)
log.clear()
print(v("a", 5) > v("b", 4) > v("c", 4) > v("d", 1))
print(log)
log.clear()

x = 5
print(1 < x < 10, 10 < x < 20, 1 < x > 3, 5 <= x <= 5, 0 < x != 5)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5)
print("a" < "b" < "c", [1] < [1, 0] < [2])
print(1 == 1.0 == True, None is None is not False)
print(2 in [1, 2] in [[1, 2]], 3 not in [1] not in [[3]])

def clamp_check(lo, n, hi):
    return lo <= n <= hi
print([clamp_check(0, n, 3) for n in range(-1, 5)])

counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(0 < bump() < 5, counter)
print(bump() == bump() - 1 == 2, counter)

class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("  compare", self.n, "<", other.n)
        return self.n < other.n
print(Loud(1) < Loud(2) < Loud(3) < Loud(0) < Loud(9))
try:
    print(1 < "2" < 3)
except TypeError as e:
    print("TypeError:", e)
print(3 > 2 < "x" if False else "skipped")
