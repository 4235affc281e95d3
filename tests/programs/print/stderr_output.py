# print: writing to sys.stderr interleaved with stdout; only the last stderr line is compared
import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
print("to stdout 2")
print("warn:", 42, sep=" ", file=sys.stderr)
for i in range(3):
    print("progress", i, file=sys.stderr)
    print("step", i)
print("final stderr line", 3.5, file=sys.stderr)
print("done")
