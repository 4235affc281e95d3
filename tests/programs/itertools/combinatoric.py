# product, permutations, combinations and combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr

print(list(product("AB", "xy")), list(product(range(2), repeat=3)))
print(list(product()), list(product(repeat=0)), list(product("ab", repeat=0)), list(product("ab", [])))
print(list(product([1, 2], "a", (True,))), len(list(product(range(3), range(4), repeat=2))))
print(list(product({1: 2, 3: 4})), list(product(iter("ab"), repeat=2)))

print(list(permutations("ABC")), list(permutations("ABCD", 2)))
print(list(permutations([])), list(permutations([], 0)), list(permutations("ab", 0)), list(permutations("ab", 3)))
print(list(permutations(range(3), True)), len(list(permutations(range(6)))), len(list(permutations(range(7), 3))))
print(list(permutations(range(3), r=None)))

print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)))
print(list(combinations("AB", 0)), list(combinations("AB", 3)), list(combinations([], 0)), list(combinations([], 1)))
print(len(list(combinations(range(10), 5))), list(combinations(r=1, iterable="xy")))

print(list(cwr("ABC", 2)), list(cwr(range(2), 3)))
print(list(cwr("", 0)), list(cwr("", 2)), list(cwr("a", 0)), list(cwr("a", 3)), len(list(cwr(range(5), 4))))

# The iterables are read when the iterator is made.
def gen():
    print("reading")
    yield 1
    yield 2
p = product(gen(), repeat=2)
print("made")
print(next(p), list(p), list(p))
c = combinations(gen(), 1)
print("made")
print(list(c))

# Results are new tuples each time.
it = permutations("ab")
x = next(it)
y = next(it)
print(x, y, x is y)
lists = [[1], [2]]
r = next(combinations(lists, 2))
print(r[0] is lists[0], r[1] is lists[1])

for bad in [lambda: product(1), lambda: product([1], repeat=-1), lambda: product([1], repeat="a"),
            lambda: product([1], x=1), lambda: product([1], repeat=1, x=1), lambda: permutations(),
            lambda: permutations(1), lambda: permutations([1], -1), lambda: permutations([1], "a"),
            lambda: permutations([1], 1.0), lambda: permutations([1], 1, 2), lambda: combinations([1]),
            lambda: combinations([1], -1), lambda: combinations([1], "a"), lambda: combinations(1, -1),
            lambda: cwr([1], -1), lambda: cwr([1]), lambda: cwr([1], 1, x=2), lambda: combinations([1], 1, r=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(product()).__name__, type(cwr("", 0)).__name__, repr(permutations("a"))[:25])
