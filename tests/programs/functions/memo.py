# functions: memoisation through a global dict and iterative vs recursive results
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    if n < 2:
        result = n
    else:
        result = fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

for n in [0, 1, 2, 10, 50, 90, 150, 300]:
    print(n, fib(n), fib(n) == fib_iter(n))
print(len(memo))
ways_cache = {}
def ways(n, coins):
    key = (n, len(coins))
    if key in ways_cache:
        return ways_cache[key]
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    r = ways(n - coins[0], coins) + ways(n, coins[1:])
    ways_cache[key] = r
    return r
print(ways(100, [50, 25, 10, 5, 1]), ways(300, [50, 25, 10, 5, 1]))
