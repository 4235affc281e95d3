# errors: sys.exit with a large status code and with False/True values
import sys
try:
    sys.exit(False)
except SystemExit as e:
    print("False gives", repr(e.code))
try:
    sys.exit(True)
except SystemExit as e:
    print("True gives", repr(e.code))
print("now exiting with 42")
sys.exit(42)
