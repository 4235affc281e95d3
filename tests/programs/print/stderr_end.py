# print: stderr with custom sep/end so the last stderr line is assembled from several prints
import sys
print("stdout first")
print("a", "b", sep="+", end="", file=sys.stderr)
print("=c", file=sys.stderr)
print("x", end="", file=sys.stderr)
print("y", "z", sep="", file=sys.stderr)
print("last:", end=" ", file=sys.stderr)
print(1, 2, 3, sep=",", file=sys.stderr)
print("stdout last")
