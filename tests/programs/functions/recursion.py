# functions: recursive functions (factorial, fibonacci, gcd, hanoi, permutations, power set)
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)

moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src)

def perms(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            out.append([items[i]] + p)
    return out

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    result = []
    for s in rest:
        result.append(s)
        result.append([items[0]] + s)
    return result

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(fact(0), fact(5), fact(20), fact(30), fact(50))
print(fib(20), fib(1), fib(10))
print(gcd(48, 18), gcd(17, 5), gcd(2 ** 40, 6 ** 20))
hanoi(4, "A", "C", "B")
print(len(moves), " ".join(moves))
print(perms([1, 2, 3]))
print(len(perms(list("abcd"))))
print(sorted(subsets([1, 2, 3])))
print(ackermann(2, 3), ackermann(3, 3))
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
