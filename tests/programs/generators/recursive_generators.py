# generators: recursive generators producing permutations, subsets, partitions and tree traversals
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest

print(["".join(p) for p in permutations("abc")])
print(len(list(permutations([1, 2, 3, 4]))))

def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s

print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))

def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        yield []
        return
    for k in range(min(n, max_part), 0, -1):
        for rest in partitions(n - k, k):
            yield [k] + rest

print(list(partitions(5)))
print(sum(1 for _ in partitions(12)))

class Tree:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

def inorder(t):
    if t is not None:
        yield from inorder(t.left)
        yield t.value
        yield from inorder(t.right)

def preorder(t):
    if t:
        yield t.value
        yield from preorder(t.left)
        yield from preorder(t.right)

def paths(t, prefix=()):
    if t is None:
        return
    here = prefix + (t.value,)
    if t.left is None and t.right is None:
        yield here
    yield from paths(t.left, here)
    yield from paths(t.right, here)

t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7, None, Tree(8))))
print(list(inorder(t)))
print(list(preorder(t)))
print(list(paths(t)))
