# errors: sys.exit(True) exits with status 1 and prints nothing to stderr
import sys
print("before exit")
try:
    sys.exit(False)
except SystemExit as e:
    print("caught", e.code)
sys.exit(True)
