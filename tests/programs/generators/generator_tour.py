def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count(4)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def echo():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
e = echo(); next(e); print(e.send(5), e.send(10))
def outer():
    r = yield from count(3)
    print("inner returned", r)
    yield 99
print(list(outer()))
print(sum(x * x for x in range(10)), any(x > 3 for x in [1, 5]))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
for v in fin():
    print(v)
    break
print("after loop")
def thrower():
    try:
        yield 1
    except ValueError as ex:
        print("caught", ex)
        yield 2
t = thrower(); next(t); print(t.throw(ValueError("boom")))
class Tree:
    def __init__(self, v, kids=()): self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
print(list(Tree(1, [Tree(2), Tree(3, [Tree(4)])])))
