# comprehensions: an exception raised inside a comprehension escapes uncaught
prices = {"apple": 3, "pear": 0, "plum": 4}
budget = 12
print({k: budget // v for k, v in prices.items() if v})
print([budget // v for v in prices.values() if v > 3])
try:
    print([budget // v for v in prices.values()])
except ZeroDivisionError as e:
    print("caught:", e)
counts = {k: len(k) for k in prices}
print(counts)
print(sum(counts[k] * prices[k] for k in prices))
def affordable(limit):
    return sorted(k for k, v in prices.items() if 0 < v <= limit)
print(affordable(3), affordable(10))
print([(k, budget // v) for k, v in prices.items()])
print("not reached")
