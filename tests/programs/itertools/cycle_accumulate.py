# cycle and accumulate.
from itertools import cycle, accumulate, islice

print(list(islice(cycle("abc"), 8)))
print(list(cycle([])), list(islice(cycle([7]), 3)))
c = cycle(iter([1, 2]))
print(next(c), next(c), next(c), next(c), next(c))

def gen():
    print("gen start")
    yield 1
    print("gen middle")
    yield 2
    print("gen end")

c = cycle(gen())
print("made")
print([next(c) for _ in range(5)])

print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate("abc")), list(accumulate([])))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)))
print(list(accumulate([[1], [2], [3]])))
print(list(accumulate([1, 2, 3], None)), list(accumulate([1, 2, 3], func=None, initial=None)))
print(list(accumulate(iterable=range(5), func=lambda a, b: a * 10 + b)))
print(list(accumulate([1.5, 2, 3j])))
acc = accumulate([1, "x", 3])
print(next(acc))
try:
    next(acc)
except TypeError as e:
    print(type(e).__name__, e)
print(list(acc))
acc = accumulate([5, 6], lambda a, b: 1 / 0, initial=1)
print(next(acc))
try:
    next(acc)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(repr(accumulate([1]))[:23], type(accumulate([])).__name__)
