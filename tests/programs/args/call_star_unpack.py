# args: call-site * unpacking of lists, tuples, ranges, strings, generators and several iterables
def f(a, b, c):
    return "a=" + str(a) + " b=" + str(b) + " c=" + str(c)

print(f(*[1, 2, 3]))
print(f(*(4, 5, 6)))
print(f(*range(3)))
print(f(*"xyz"))
print(f(1, *[2, 3]))
print(f(*[1], *[2], *[3]))
print(f(*[1], 2, *[3]))
print(f(*(x * x for x in range(1, 4))))
print(f(*{"k1": 0, "k2": 0, "k3": 0}))

def g(*args):
    return args

print(g(*[], *(), *""))
print(g(0, *[1, 2], 3, *range(4, 6)))
print(g(*[[1, 2], [3]]))

pts = [(1, 2), (3, 4), (5, 6)]
print(list(zip(*pts)))
xs, ys = zip(*pts)
print(xs, ys)
print(max(*[3, 9, 4]), min(*"hello"))
print(*[1, 2, 3], sep=" | ")
print(*"abc")
print(*[])

try:
    f(*[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    f(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
