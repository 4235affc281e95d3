# print keyword arguments, sys.stdout/stderr write and repr, sys attributes, sys.exit with a message
import sys
print()
print(sep='x')
print(1, 2, sep=None, end=None)
print(1, 2, sep='', end='')
print('|')
print(1, file=None, flush=True)
print('err', 1, file=sys.stderr, sep='-')
n = sys.stdout.write('abc\n')
print(n, sys.stdout.write('日本\n'))
sys.stdout.flush()
print(repr(sys.stdout), repr(sys.stderr), type(sys.stdout).__name__)
print(sys.maxsize, sys.byteorder, sys.platform, len(sys.argv), sys.version_info[0], sys.version_info[:2] >= (3, 8), sys.getrecursionlimit())
try:
    print(1, sep=5)
except TypeError as e:
    print(e)
try:
    print(1, end=[])
except TypeError as e:
    print(e)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
try:
    print(1, file=5)
except AttributeError as e:
    print(e)
print(sys.version_info.major if False else 3)
sys.stderr.write('bye\n')
sys.exit('exiting')
