# generators: infinite generators consumed with break, manual take/takewhile and cycles
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x

def cycle(items):
    while True:
        for x in items:
            yield x

print(take(5, naturals()))
print(take(12, fibs()))
print(list(take_while(lambda x: x < 100, fibs())))
print(take(7, cycle("abc")))

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(take(15, primes()))
for p in primes():
    if p > 50:
        print("first prime over 50:", p)
        break

def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1

print(list(collatz(27))[:10], len(list(collatz(27))))
squares = (n * n for n in naturals(1))
total = 0
for sq in squares:
    total += sq
    if total > 1000:
        break
print(total, next(squares))
zipped = zip(naturals(), "xyz", cycle([True, False]))
print(list(zipped))
