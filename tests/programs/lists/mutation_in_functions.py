# lists: lists passed to functions are shared, mutated in place, and returned
def add_item(lst, item):
    lst.append(item)
    return len(lst)

def replaced(lst):
    lst = lst + ["new"]
    return lst

def fill(n, value):
    out = []
    for i in range(n):
        out.append(value)
    return out

items = ["a"]
print(add_item(items, "b"), items)
r = replaced(items)
print(items, r)
grid = []
for i in range(3):
    grid.append(fill(3, i))
print(grid)
grid[1][1] = "X"
print(grid)
def total(rows):
    s = 0
    for row in rows:
        for v in row:
            if isinstance(v, int):
                s += v
    return s
print(total(grid))
def swap_ends(lst):
    if len(lst) >= 2:
        lst[0], lst[-1] = lst[-1], lst[0]
    return lst
print(swap_ends([1, 2, 3, 4]), swap_ends([1]), swap_ends([]))
