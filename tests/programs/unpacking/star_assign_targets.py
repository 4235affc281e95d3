# unpacking: starred targets assigned to subscripts and attributes, and star in for-loop targets
class Holder:
    pass
h = Holder()
store = {}
h.first, *h.rest = "abcd"
print(h.first, h.rest)
store["head"], *store["tail"] = [1, 2, 3]
print(store)
lst = [None, None]
*lst[0], lst[1] = range(4)
print(lst)
for *init, last in ["xyz", [1, 2], (9,)]:
    print(init, last)
for i, (a, *b) in enumerate(["pqr", "s"]):
    print(i, a, b)
table = [("add", 1, 2), ("neg", 5), ("sum", 1, 2, 3, 4)]
for op, *args in table:
    if op == "add":
        print(op, args[0] + args[1])
    elif op == "neg":
        print(op, -args[0])
    else:
        print(op, sum(args))
