# errors: sys.exit('message') prints the message to stderr and exits with status 1
import sys
print("before exit")
if len(sys.argv) >= 1:
    sys.exit("fatal: configuration missing")
print("never")
