# reading sys.stdin (empty when tests run): readline, read, readlines and iteration
import sys
print('first', sys.stdin.readline().strip())
n = 0
for line in sys.stdin:
    n += 1
    print(n, line.rstrip('\n').upper())
print(repr(sys.stdin.read()), sys.stdin.readlines(), repr(sys.stdin.readline()))
