# generators: a binary search tree with generator-based traversals, a reusable iterator class and range queries
class Node:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None

class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key, value=None):
        if self.root is None:
            self.root = Node(key, value)
            self.count += 1
            return True
        cur = self.root
        while True:
            if key == cur.key:
                cur.value = value
                return False
            side = "left" if key < cur.key else "right"
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, Node(key, value))
                self.count += 1
                return True
            cur = nxt

    def __len__(self):
        return self.count

    def __contains__(self, key):
        cur = self.root
        while cur is not None:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False

    def __getitem__(self, key):
        cur = self.root
        while cur is not None:
            if key == cur.key:
                return cur.value
            cur = cur.left if key < cur.key else cur.right
        raise KeyError(key)

    def __iter__(self):
        stack = []
        cur = self.root
        while stack or cur is not None:
            while cur is not None:
                stack.append(cur)
                cur = cur.left
            cur = stack.pop()
            yield cur.key
            cur = cur.right

    def __reversed__(self):
        def walk(node):
            if node is not None:
                yield from walk(node.right)
                yield node.key
                yield from walk(node.left)
        return walk(self.root)

    def items(self):
        for k in self:
            yield k, self[k]

    def level_order(self):
        level = [self.root] if self.root else []
        depth = 0
        while level:
            yield depth, [n.key for n in level]
            level = [c for n in level for c in (n.left, n.right) if c is not None]
            depth += 1

    def range(self, lo, hi):
        def walk(node):
            if node is None:
                return
            if lo < node.key:
                yield from walk(node.left)
            if lo <= node.key <= hi:
                yield node.key
            if node.key < hi:
                yield from walk(node.right)
        return walk(self.root)

    def height(self):
        return sum(1 for _ in self.level_order())

class PairIterator:
    """Walks two trees in key order at once, yielding keys found in both."""
    def __init__(self, a, b):
        self.a = iter(a)
        self.b = iter(b)
        self.x = next(self.a, None)
        self.y = next(self.b, None)
    def __iter__(self):
        return self
    def __next__(self):
        while self.x is not None and self.y is not None:
            if self.x == self.y:
                found = self.x
                self.x = next(self.a, None)
                self.y = next(self.b, None)
                return found
            if self.x < self.y:
                self.x = next(self.a, None)
            else:
                self.y = next(self.b, None)
        raise StopIteration

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k, "v" + str(k))
print(len(t), t.insert(40, "forty"), len(t))
print(list(t))
print(list(reversed(t)))
print(list(t.items())[:4])
for depth, keys in t.level_order():
    print("depth", depth, keys)
print(list(t.range(33, 66)), list(t.range(0, 10)))
print(t.height(), 45 in t, 46 in t, t[40])
try:
    t[99]
except KeyError as e:
    print("KeyError:", e)
it = iter(t)
print(next(it), next(it), next(it))
print(sum(t), min(t), max(t), sorted(t, reverse=True)[:3])
other = BST()
for k in [45, 10, 80, 35, 99, 50]:
    other.insert(k)
print(list(PairIterator(t, other)))
print(list(PairIterator(t, BST())))
gen = t.range(0, 100)
print(next(gen), next(gen))
gen.close()
print(next(gen, "closed"))
empty = BST()
print(list(empty), list(empty.level_order()), empty.height(), len(empty))
