# generators: yield suspends the function; next(), for loops, list() and StopIteration at the end
def countdown(n):
    print("  start", n)
    while n > 0:
        yield n
        n -= 1
    print("  finished")

g = countdown(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except StopIteration:
    print("still exhausted")
print(list(countdown(4)))
for v in countdown(2):
    print("loop got", v)

def evens_and_odds(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield "even", i
        else:
            yield "odd", i

print(list(evens_and_odds(5)))
print(dict(evens_and_odds(4)))

def empty():
    return
    yield 1

print(list(empty()), next(empty(), "nothing"))

def multi():
    yield 1
    yield "two"
    yield [3]
    yield None

print(list(multi()), len(list(multi())))
a, b, c, d = multi()
print(a, b, c, d)
print(sum(countdown(10)), max(countdown(5)), sorted(countdown(3)))
g1 = countdown(2)
g2 = countdown(2)
print(next(g1), next(g2), next(g1), g1 is g2)
