# Generators that yield far more values than the recursion limit: a suspended
# generator is not a frame on the stack.
import sys


def numbers(n):
    for i in range(n):
        yield i


print(sum(numbers(5000)))
print(sum(1 for i in range(3000) for c in (1, 2)))


def nested(n):
    for i in range(n):
        for j in range(3):
            yield i * j


print(sum(nested(4000)))


def relay(n):
    yield from numbers(n)


print(sum(relay(2500)))
sys.setrecursionlimit(50)
print(sum(numbers(10000)))


def depth(k):
    if k == 0:
        yield "bottom"
    else:
        yield from depth(k - 1)


try:
    print(list(depth(100)))
except RecursionError as e:
    print("RecursionError:", e)
