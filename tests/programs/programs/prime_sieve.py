# programs: sieve of Eratosthenes, prime factorisation, twin primes and Goldbach checks
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for m in range(p * p, limit + 1, p):
                is_prime[m] = False
        p += 1
    primes = []
    for i in range(limit + 1):
        if is_prime[i]:
            primes.append(i)
    return primes

def factorise(n, primes):
    factors = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors

primes = sieve(10000)
print("count below 10000:", len(primes))
print("first 25:", primes[:25])
print("last 5:", primes[-5:])
prime_set = set(primes)
twins = []
for p in primes:
    if p + 2 in prime_set:
        twins.append((p, p + 2))
print("twin pairs:", len(twins), twins[:6], twins[-1])
for n in [360, 9973, 1001, 2 ** 31 - 1, 600851475143, 2 ** 64 + 1]:
    f = factorise(n, primes)
    product = 1
    for x in f:
        product *= x
    parts = []
    for x in f:
        parts.append(str(x))
    print(n, "=", " * ".join(parts), product == n)
gaps = {}
for i in range(1, len(primes)):
    g = primes[i] - primes[i - 1]
    gaps[g] = gaps.get(g, 0) + 1
for g in sorted(gaps):
    print("gap", g, "occurs", gaps[g], "times")
for even in range(4, 101, 16):
    for p in primes:
        if even - p in prime_set:
            print(even, "=", p, "+", even - p)
            break
total = 0
for p in primes[:1000]:
    total += p
print("sum of first 1000 primes:", total)
