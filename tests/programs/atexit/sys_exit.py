# Callbacks run after sys.exit too, and their exceptions (SystemExit included) do
# not change the exit status.
import atexit, sys

def leave():
    print("callback")
    sys.exit(7)

atexit.register(print, "print callback")
atexit.register(leave)
print("exiting")
sys.exit(3)
