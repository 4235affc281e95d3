from _functools import reduce, cmp_to_key
import _functools

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 'init'), reduce(max, iter([3, 9, 2])), reduce(lambda a, b: a + b, 'abc'))
for args in [(), (len,), (len, 1), (len, []), (1, [1, 2])]:
    try:
        print(reduce(*args))
    except TypeError as e:
        print('TypeError', e)
try:
    reduce(len, [], x=1)
except TypeError as e:
    print(e)

def cmp(a, b):
    return (a > b) - (a < b)
K = cmp_to_key(cmp)
print(sorted([3, 1, 2], key=K), sorted('bca', key=cmp_to_key(lambda a, b: ord(b) - ord(a))))
a, b = K(1), K(2)
print(a < b, a > b, a == b, a != b, a <= b, a >= b, a.obj, K(obj=5).obj)
print(min([4, 2, 8], key=K), max([4, 2, 8], key=K), type(K).__name__, type(a) is type(K))
for bad in [lambda: a < 1, lambda: hash(a), lambda: K(), lambda: K(1, 2), lambda: cmp_to_key()]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(sorted(['x'], key=cmp_to_key(None)))
print(sorted([1, 2], key=cmp_to_key(lambda a, b: 1 / 0)))
