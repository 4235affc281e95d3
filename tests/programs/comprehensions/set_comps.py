# comprehensions: set comprehensions over small ints, printed in sorted form and compared
squares = {x * x for x in range(-5, 6)}
print(sorted(squares), len(squares))
mods = {n % 7 for n in range(100)}
print(sorted(mods))
print({n for n in range(10) if n % 3 == 0} == {0, 3, 6, 9})
lengths = {len(w) for w in "a bb cc ddd e ffff".split()}
print(sorted(lengths))
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(sorted(evens & threes))
print(sorted(evens - threes))
print(sorted(evens ^ threes))
print(sorted({a * b for a in range(1, 5) for b in range(1, 5)}))
print(set() == {x for x in []})
print(type({x for x in "ab"}).__name__)
digits = {int(c) for c in "9081726354908172"}
print(sorted(digits), 5 in digits, 10 in digits)
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
print(sum({x % 5 for x in range(1000)}))
frozen = frozenset(x // 2 for x in range(10))
print(sorted(frozen))
