# Arbitrary-precision ints: factorials and Fibonacci numbers far past 64 bits.


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def fib(n):
    a = 0
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a


def digit_sum(n):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s


acc = 0
for k in range(2000, 20001, 2000):
    f = factorial(k)
    acc = (acc + f % 1000000007 + f.bit_length()) % 1000000009
print("fact", acc)
g = fib(200000)
print("fib bits", g.bit_length(), "mod", g % 998244353)
total = 0
for k in range(600):
    total += fib(5000 + k) % 65537
print("fibsum", total)
print("digits", digit_sum(factorial(6000)))
print("pow", (3 ** 5000 + 7 ** 3000) % 1000000007)
