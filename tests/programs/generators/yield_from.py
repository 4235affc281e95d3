# generators: yield from delegates to a subgenerator and evaluates to its return value
def inner(tag, n):
    for i in range(n):
        yield tag + str(i)
    return tag.upper() + "-done"

def outer():
    r1 = yield from inner("a", 2)
    print("  inner a returned", r1)
    r2 = yield from inner("b", 3)
    print("  inner b returned", r2)
    r3 = yield from inner("c", 0)
    print("  inner c returned", r3)
    yield from [10, 20]
    yield from "xy"
    yield from range(2)
    return "outer-done"

g = outer()
items = []
while True:
    try:
        items.append(next(g))
    except StopIteration as e:
        print("outer returned", e.value)
        break
print(items)

def flatten(obj):
    if isinstance(obj, list):
        count = 0
        for x in obj:
            count += yield from flatten(x)
        return count
    yield obj
    return 1

def count_leaves(tree):
    n = yield from flatten(tree)
    yield "total=" + str(n)

print(list(count_leaves([1, [2, [3, 4]], [], [[5]]])))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], (3,), range(4, 6), "ab", {7: 0})))

def tree_walk(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for child in children:
        yield from tree_walk(child, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("deep", [])])])])
for line in tree_walk(tree):
    print(line)
