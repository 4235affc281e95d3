# unpacking: starred expressions inside list, tuple and set displays
a = [1, 2]
b = (3, 4)
c = range(5, 7)
print([*a, *b, *c])
print((*a, *b))
print((*a,))
print([0, *a, 99, *b, *"xy"])
print(sorted({*a, *b, *a, 3}))
print([*[], *()])
print([*(x * x for x in range(4))])
print({*range(3)} == {0, 1, 2})
d = {"k1": 1, "k2": 2}
print([*d], [*d.values()], [*d.items()])
nested = [[1, 2], [3]]
print([*nested[0], *nested[1]])
words = "the quick fox".split()
print([*words, *reversed(words)])
t = *a, *b
print(t, type(t).__name__)
first, *rest = *b, *a
print(first, rest)
print(len([*"hello", *"world"]))
print(*[1, 2], *[3])
def f(*args):
    return args
print(f(*a, *[*b, *c]))
print([*a] is a, [*a] == a)
s = {*(n % 3 for n in range(10))}
print(sorted(s))
try:
    [*5]
except TypeError as e:
    print("TypeError:", e)
