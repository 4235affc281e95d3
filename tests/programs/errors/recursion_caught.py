# errors: RecursionError caught, then the program exits with sys.exit(4)
import sys

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("caught:", e)
print("limit", sys.getrecursionlimit())
sys.exit(4)
