from_counts = {"apple": 3, "pear": 5, "fig": 3}
print(sorted(from_counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(", ".join(str(x) for x in range(5)), list(zip(*[[1, 2], [3, 4]])))
def queens(n):
    def place(row, cols, d1, d2):
        if row == n:
            yield 1
            return
        for c in range(n):
            if c not in cols and row - c not in d1 and row + c not in d2:
                yield from place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c})
    return sum(place(0, frozenset(), frozenset(), frozenset()))
print([queens(i) for i in range(1, 8)])
class Shape:
    def area(self): raise NotImplementedError
    def __repr__(self): return f"{type(self).__name__}(area={self.area():.2f})"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s
    def __repr__(self): return "Sq:" + super().__repr__()
shapes = [Circle(1), Sq(2), Circle(0.5)]
print(shapes, max(shapes, key=lambda s: s.area()))
print(sum(s.area() for s in shapes if isinstance(s, (Circle,))))
try:
    Shape().area()
except NotImplementedError as e:
    print("abstract", repr(e))
class Node:
    def __init__(self, val, nxt=None): self.val, self.nxt = val, nxt
    def __iter__(self):
        node = self
        while node:
            yield node.val
            node = node.nxt
lst = Node(1, Node(2, Node(3)))
print(*lst, sep=" -> ")
total = 0
def add(n):
    global total
    total += n
for i in range(5): add(i)
print(total, divmod(17, 5), [x for x in range(20) if x % 3 == 0][-2:])
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print([list(r) for r in zip(*matrix)], [row[::-1] for row in matrix])
def memo(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapped
@memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x); return self
    def pop(self):
        if not self._items: raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self): return len(self._items)
st = Stack().push(1).push(2)
print(len(st), st.pop(), st.pop(), bool(st))
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words: freq[w] = freq.get(w, 0) + 1
print({w: c for w, c in freq.items() if c > 1}, sorted(set(words))[:3])
print(list(enumerate("abc", start=1)), dict(zip("ab", range(2))), any(map(str.isdigit, "a1")))
it = iter(range(3)); print(next(it), list(it))
print(f"{3.14159:.3f} {42:>5} {'x':*^7} {1234567:,} {0.5:%}")
st.pop()
