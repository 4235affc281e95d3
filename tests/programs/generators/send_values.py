# generators: send() passes values into a running generator; the first send must be None
def accumulator():
    total = 0
    count = 0
    while True:
        value = yield total
        if value is None:
            print("  got None, total stays", total)
            continue
        total += value
        count += 1
        print("  added", value, "count", count)

acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
print(next(acc))
print(acc.send(-3))

def echo():
    received = []
    while True:
        x = yield len(received)
        if x == "stop":
            return received
        received.append(x)

e = echo()
print(e.send(None))
print(e.send("a"), e.send("b"), e.send("c"))
try:
    e.send("stop")
except StopIteration as stop:
    print("returned", stop.value)

fresh = accumulator()
try:
    fresh.send(1)
except TypeError as err:
    print("TypeError:", err)

def averager():
    total = 0.0
    n = 0
    avg = None
    while True:
        term = yield avg
        total += term
        n += 1
        avg = total / n

avg = averager()
next(avg)
for v in [10, 20, 60, 10]:
    print("avg", avg.send(v))

def delegating():
    result = yield from echo()
    yield "inner returned " + str(result)

d = delegating()
print(next(d), d.send(1), d.send(2), d.send("stop"))
