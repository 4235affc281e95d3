# closures: function factories producing stateful accumulators, memoizers and generators of ids
def averager():
    series = []
    def avg(x):
        series.append(x)
        return sum(series) / len(series)
    return avg

a = averager()
print(a(10), a(11), a(12), a(3))

def id_maker(prefix):
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return prefix + "-" + str(n).zfill(3)
    return next_id

user_id = id_maker("U")
order_id = id_maker("O")
print(user_id(), user_id(), order_id(), user_id(), order_id())

def memoize(fn):
    cache = {}
    hits = [0]
    def wrapped(n):
        if n in cache:
            hits[0] += 1
            return cache[n]
        r = fn(n)
        cache[n] = r
        return r
    def info():
        return (len(cache), hits[0])
    return wrapped, info

def slow_square(n):
    return n * n

sq, info = memoize(slow_square)
for v in [2, 3, 2, 2, 4, 3]:
    print(v, sq(v))
print(info())

def make_history(limit):
    items = []
    def push(x):
        items.append(x)
        while len(items) > limit:
            items.pop(0)
        return list(items)
    return push

h = make_history(3)
for ch in "abcde":
    print(h(ch))

def chain(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run

pipeline = chain(lambda s: s.strip(), lambda s: s.upper(), lambda s: s.replace(" ", "_"))
print(pipeline("  hello big world "))
print(chain()(42))
