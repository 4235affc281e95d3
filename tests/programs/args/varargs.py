# args: *args collects extra positional arguments into a tuple
def total(*nums):
    print("got", nums, type(nums).__name__, len(nums))
    return sum(nums)

print(total())
print(total(1))
print(total(1, 2, 3, 4))

def head_tail(first, *rest):
    return first, rest

print(head_tail(1))
print(head_tail(1, 2))
print(head_tail("a", "b", "c"))

def join_with(sep, *parts):
    return sep.join(str(p) for p in parts)

print(join_with("-", 1, 2, 3))
print(join_with(", "))
print(join_with("", "x", "y"))

def describe(*args):
    kinds = []
    for a in args:
        kinds.append(type(a).__name__)
    return kinds

print(describe(1, "s", 2.5, None, [1], (2,), {"k": 1}, True))

def maximum(first, *others):
    best = first
    for o in others:
        if o > best:
            best = o
    return best

print(maximum(3), maximum(3, 9, 2), maximum("pear", "apple", "zoo"))

def count_args(*a):
    return len(a)

print(count_args(*range(10)), count_args(*"hello"), count_args([1, 2, 3]))

def mutate_attempt(*args):
    try:
        args[0] = 5
    except TypeError as e:
        print("TypeError:", e)
    return args

print(mutate_attempt(1, 2))
