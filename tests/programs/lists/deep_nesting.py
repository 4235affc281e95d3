# deeply nested containers: freeing a million-deep list, repr and comparison hitting the recursion limit
x = []
for i in range(1000000):
    x = [x]
print('built')
x = None
print('freed')
d = {}
for i in range(500000):
    d = {'k': d}
d = 0
t = ()
for i in range(500000):
    t = (t, i)
t = 0
print('ok')
y = []
for i in range(100000):
    y = [y]
try:
    s = repr(y)
    print(len(s))
except RecursionError as e:
    print('RecursionError', e)
try:
    print(y == y[0])
except RecursionError as e:
    print('RecursionError', e)
try:
    print(y < y[0])
except RecursionError as e:
    print('RecursionError', e)
z = ()
for i in range(5000):
    z = (z,)
try:
    print(z == z[0])
except RecursionError as e:
    print('RecursionError', e)
w = {}
for i in range(5000):
    w = {1: w}
try:
    print(w == w[1])
except RecursionError as e:
    print('RecursionError', e)
a = []
b = []
for i in range(500):
    a = [a]
    b = [b]
print(a == b, a < b, [a] <= [b])
