# Every itertools iterator is lazy: nothing is read from its input before the first
# next(), and each next() reads only what it needs.
import itertools as it

log = []
def src(name, n=4):
    for i in range(n):
        log.append(f"{name}{i}")
        yield i

def show(label, make, steps=2):
    log.clear()
    x = make()
    made = list(log)
    out = [next(x, "end") for _ in range(steps)]
    print(label, made, out, log)

show("chain", lambda: it.chain(src("a", 1), src("b")), 3)
show("compress", lambda: it.compress(src("a"), src("s")))
show("dropwhile", lambda: it.dropwhile(lambda v: v < 2, src("a")))
show("takewhile", lambda: it.takewhile(lambda v: v < 1, src("a")), 3)
show("filterfalse", lambda: it.filterfalse(lambda v: v % 2, src("a")))
show("islice", lambda: it.islice(src("a"), 1, None, 2))
show("starmap", lambda: it.starmap(lambda v, w: v + w, zip(src("a"), src("b"))))
show("accumulate", lambda: it.accumulate(src("a")), 3)
show("cycle", lambda: it.cycle(src("a", 2)), 5)
show("pairwise", lambda: it.pairwise(src("a")))
show("zip_longest", lambda: it.zip_longest(src("a", 1), src("b", 3)), 3)
show("groupby", lambda: map(lambda kg: (kg[0], next(kg[1])), it.groupby(src("a"), lambda v: v // 2)))
show("tee", lambda: it.tee(src("a"))[1])
show("map-count", lambda: map(lambda v, w: v * w, it.count(1), src("a")))
show("repeat", lambda: it.repeat(log, 2), 3)

# Iterators are their own iterators and work with for, unpacking, comprehensions.
for name, obj in [("count", it.count()), ("cycle", it.cycle("a")), ("repeat", it.repeat(1)),
                  ("chain", it.chain()), ("islice", it.islice("", 1)), ("product", it.product()),
                  ("tee", it.tee("")[0]), ("groupby", it.groupby("")), ("pairwise", it.pairwise(""))]:
    print(name, iter(obj) is obj, type(obj).__name__, type(obj).__module__)
a, b, *rest = it.islice(it.count(10), 5)
print(a, b, rest, [*it.repeat("q", 2)], {*it.chain("ab", "bc")})
print({k: v for k, v in it.zip_longest("ab", [1])}, tuple(it.accumulate(range(4))))
print(max(it.chain([3], [9, 1])), sorted(it.chain.from_iterable([[3, 1], [2]])), "".join(it.repeat("-", 5)))
print(2 in it.count(), "b" in it.cycle("abc"), 7 in it.islice(it.count(), 5))
