# errors: runaway recursion ends with an uncaught RecursionError
import sys
print(sys.getrecursionlimit())

def down(n):
    return down(n + 1) + 1

print("recursing")
down(0)
