# compress, dropwhile, takewhile, filterfalse and starmap.
from itertools import compress, dropwhile, takewhile, filterfalse, starmap, count

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress("ABC", [True])), list(compress("A", [1, 1, 1])))
print(list(compress(range(10), count())), list(compress(data=[1, 2], selectors=[0, 1])))
print(list(compress([1, 2, 3], ["", "x", [0]])))

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: True, [1, 2])), list(dropwhile(bool, [])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: True, "ab")), list(takewhile(str.isdigit, "12a34")))

calls = []
def pred(x):
    calls.append(x)
    return x < 3
print(list(dropwhile(pred, [1, 2, 3, 1, 2])), calls)
calls.clear()
t = takewhile(pred, [1, 2, 3, 1, 2])
print(list(t), calls, list(t))
calls.clear()
it = iter([1, 5, 2, 7])
print(list(takewhile(pred, it)), list(it))

print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(filterfalse(bool, [0, 1, 2, 0.0])))

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda a, b: a + b, ["ab", [1, 2]])))
print(list(starmap(lambda *a: a, [(), (1,), [2, 3], "xyz"])))
print(list(starmap(max, iter([(1, 9), (8, 2)]))))

def check(x):
    if x == 3:
        raise KeyError(x)
    return x < 10
d = dropwhile(check, [1, 3, 4, 20, 1])
try:
    print(list(d))
except KeyError as e:
    print(type(e).__name__, e)
print(list(d))
t = takewhile(check, [1, 3, 4])
print(next(t))
try:
    next(t)
except KeyError as e:
    print(type(e).__name__, e)
print(list(t))
try:
    list(starmap(len, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(list(compress([1, 2], [1, None, 2])))
except TypeError as e:
    print(type(e).__name__, e)

class Bad:
    def __bool__(self):
        raise RuntimeError("no truth")
try:
    list(compress([1, 2], [1, Bad()]))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    list(filterfalse(None, [Bad()]))
except RuntimeError as e:
    print(type(e).__name__, e)
