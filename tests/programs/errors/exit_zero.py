# errors: sys.exit(0) exits successfully even from inside a loop and a function
import sys

def run():
    for i in range(10):
        print("iteration", i)
        if i == 4:
            sys.exit(0)

run()
print("unreachable")
