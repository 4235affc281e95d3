# closures: nested functions calling themselves and each other recursively
def count_paths(grid):
    rows = len(grid)
    cols = len(grid[0])
    memo = {}
    def walk(r, c):
        if r >= rows or c >= cols or grid[r][c] == "#":
            return 0
        if (r, c) == (rows - 1, cols - 1):
            return 1
        if (r, c) in memo:
            return memo[(r, c)]
        total = walk(r + 1, c) + walk(r, c + 1)
        memo[(r, c)] = total
        return total
    return walk(0, 0), len(memo)

print(count_paths(["...", "...", "..."]))
print(count_paths(["..#", "...", "#.."]))
print(count_paths(["." * 6] * 5))

def parity():
    calls = []
    def is_even(n):
        calls.append(("even", n))
        return True if n == 0 else is_odd(n - 1)
    def is_odd(n):
        calls.append(("odd", n))
        return False if n == 0 else is_even(n - 1)
    return is_even(5), is_odd(4), len(calls), calls[:3]

print(parity())

def flatten(nested):
    out = []
    def go(x, depth):
        if isinstance(x, list):
            for item in x:
                go(item, depth + 1)
        else:
            out.append((x, depth))
    go(nested, 0)
    return out

print(flatten([1, [2, [3, [4]], 5], [[6]]]))

def permutations(items):
    result = []
    def rec(prefix, rest):
        if not rest:
            result.append("".join(prefix))
            return
        for i in range(len(rest)):
            rec(prefix + [rest[i]], rest[:i] + rest[i + 1:])
    rec([], list(items))
    return result

print(permutations("abc"))
