# errors: sys.exit(3) ends the program with exit status 3 after output and finally blocks
import sys

def main():
    try:
        print("working")
        sys.exit(3)
    finally:
        print("cleanup runs")
    print("not reached")

main()
print("not reached either")
