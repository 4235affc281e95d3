# zip(strict=True) length mismatches, enumerate keyword arguments and errors
print(list(zip([1, 2], 'ab', strict=True)))
for a, b in [([1], [1, 2]), ([1, 2], [1]), ([1, 2], [1, 2], ), ([], [1])]:
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print(e)
try:
    print(list(zip([1, 2], [1, 2], [3], strict=True)))
except ValueError as e:
    print(e)
try:
    print(list(zip([1], [1], [3, 4], strict=True)))
except ValueError as e:
    print(e)
try:
    print(list(zip([1], foo=True)))
except TypeError as e:
    print(e)
print(list(zip([1, 2], strict=False)), list(zip(strict=True)))
z = zip([1, 2, 3], [4, 5], strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print(e)
e = enumerate('ab', start=5)
print(list(e), list(enumerate(iterable='xy')), list(enumerate(start=1, iterable='q')))
try:
    enumerate('ab', 1, 2)
except TypeError as e:
    print(e)
try:
    enumerate()
except TypeError as e:
    print(e)
try:
    enumerate('a', begin=1)
except TypeError as e:
    print(e)
r = reversed(range(3))
print(type(r).__name__, list(r))
print(list(zip(range(3), reversed(range(3)), 'abc')))
