# Integer arithmetic in nested loops: a Collatz-length search plus a modular sum.


def collatz_len(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def longest_collatz(limit):
    best = 0
    best_n = 0
    n = 1
    while n < limit:
        length = collatz_len(n)
        if length > best:
            best = length
            best_n = n
        n += 1
    return best_n, best


def mod_sums(rows, cols):
    total = 0
    for i in range(rows):
        acc = 0
        for j in range(cols):
            acc += (i * j + j * j) % 7
        total ^= acc + i
    return total


n, length = longest_collatz(200000)
print("collatz", n, length)
print("modsum", mod_sums(600, 600))
