# functions: functions calling other functions, argument evaluation order and nested calls
log = []
def note(tag, value):
    log.append(tag)
    return value

def add(a, b):
    return a + b

def mul(a, b):
    return a * b

def poly(x):
    return add(mul(3, mul(x, x)), add(mul(-2, x), 7))

print(poly(0), poly(1), poly(-4), poly(10 ** 10))
print(add(note("first", 1), note("second", 2)), log)
log.clear()
print(mul(note("a", 2), add(note("b", 3), note("c", 4))), log)
def clamp(x, lo=0, hi=100):
    return max(lo, min(hi, x))
for v in [-5, 50, 500]:
    print(clamp(v), clamp(v, hi=10), clamp(v, -10, 10), clamp(lo=-1000, x=v))
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True
def nth_prime(k):
    count = 0
    n = 1
    while count < k:
        n += 1
        if is_prime(n):
            count += 1
    return n
print(nth_prime(1), nth_prime(10), nth_prime(100))
def digits_sum(n):
    return sum(map_digits(n))
def map_digits(n):
    out = []
    for ch in str(abs(n)):
        out.append(int(ch))
    return out
print(digits_sum(2 ** 100), map_digits(-907))
