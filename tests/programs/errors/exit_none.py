# errors: sys.exit(None) and a caught SystemExit with its code
import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught SystemExit with code", e.code)
print("exiting with None")
sys.exit(None)
