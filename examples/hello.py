# A first program: arbitrary-precision ints, floats, strings, containers and exceptions.
import sys


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def describe(values):
    total = sum(values)
    return f"{len(values)} values, total {total}, mean {total / len(values):.3f}"


print("Hello from krait!")
print("30! =", factorial(30))
print("2**100 =", 2 ** 100)
print(0.1 + 0.2, 1e16, -7 // 2, -7 % 2)
word = "héllo wörld"
print(len(word), word[1:5], word[::-1], word.title())
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(describe([3, 1, 4, 1, 5, 9, 2, 6]))
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("caught:", e)
print("done", file=sys.stderr)
