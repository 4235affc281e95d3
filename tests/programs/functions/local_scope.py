# functions: local variables, parameters rebinding, and mutation visible to callers
def modify(n, lst, d):
    n = n + 1
    lst.append(n)
    d["touched"] = True
    lst = ["rebound"]
    return n, lst

num = 1
items = []
info = {}
print(modify(num, items, info))
print(num, items, info)
def count_words(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts
print(count_words("a b a c b a"))
print(count_words(""))
def accumulate(values, start=0):
    result = []
    total = start
    for v in values:
        total += v
        result.append(total)
    return result
print(accumulate([1, 2, 3]), accumulate([1, 2, 3], 100), accumulate([]))
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(early(50), early(2), early(0))
