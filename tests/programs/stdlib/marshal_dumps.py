# marshal.dumps: the exact bytes of CPython 3.11's format for each kind of value and
# each version, and loads of them back.
import marshal

print(marshal.version)

# Singletons and small values, through a variable (so each is shared).
values = [
    None, True, False, Ellipsis, StopIteration,
    0, 1, -1, 5, 255, 256, -5, -6, 1000, -1000,
    2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**32, 2**40, -2**40, 2**45 + 12345,
    12345678901234567890123456789, -98765432109876543210,
    0.0, -0.0, 1.5, -2.5, 0.1, 1e100, 1e-300, 5e-324, 1.7976931348623157e308,
    3j, 1 + 2j, -1.5 - 0.5j,
    '', 'a', 'abc', 'hello_world', 'hello world', 'a-b', 'é', 'naïve', '日本語', '\U0001f600',
    b'', b'x', b'bytes', b'\x00\xff',
    (), (1,), (1, 2, 3), ('a', 'b'), ((1, 2), (3, 4)),
    [], [1, 2], [None, True, [False]],
    {}, {'a': 1}, {1: 'one', 2: 'two'},
]
for v in values:
    print(repr(v), marshal.dumps(v))

print('-- versions')
samples = [1.5, 1e100, -0.0, 2 + 3j, 'ab', 'é', ('ab', 'ab'), 'a b', [1.25, 'x']]
for version in range(5):
    for v in samples:
        print(version, repr(v), marshal.dumps(v, version))
for x in [0.1, 1e16, 1e17, 123456789.0, 1e-5, 0.0001, float('inf'), -float('inf'), float('nan'), 5e-324, 1.7976931348623157e308]:
    print(repr(x), marshal.dumps(x, 1), marshal.dumps(x, 0))

print('-- temporaries')
print(marshal.dumps([1, 2]))
print(marshal.dumps({'k': [3.5]}))
print(marshal.dumps(float('1.25')))
print(marshal.dumps(str(12345)))
print(marshal.dumps('-'.join(['a', 'b'])))
print(marshal.dumps(bytes(range(5))))
print(marshal.dumps(bytearray(b'abc')))
print(marshal.dumps(memoryview(b'view')))
print(marshal.dumps(memoryview(bytearray(b'abcdef'))[1:4]))
print(marshal.dumps([bytearray(b'\x01'), memoryview(b'')]))
print(marshal.dumps(list(range(250, 260))[:7]))
print(marshal.dumps(set()))
print(marshal.dumps(frozenset()))
print(marshal.dumps([float(i) / 4 for i in range(4)]))
print(marshal.dumps([str(i) * 2 for i in range(3)]))
print(marshal.dumps([chr(0xe9 - i) for i in range(3)]))
print(marshal.dumps(''.join(['x'] * 300))[:12])
print(len(marshal.dumps(''.join(['x'] * 300))), len(marshal.dumps(''.join(['é'] * 300))))
print(marshal.dumps(dict(a=1, b=2)))
print(marshal.dumps(12345678901234567890 * int('3')))
print(marshal.dumps(-12345678901234567890 * int('3')))

print('-- big tuples and lists')
t = tuple(range(300))
d = marshal.dumps(t)
print(d[:8], len(d))
d = marshal.dumps(list(t))
print(d[:8], len(d))
d = marshal.dumps(t, 3)
print(d[:8], len(d))

print('-- round trips')
for v in values + samples:
    for version in range(5):
        back = marshal.loads(marshal.dumps(v, version))
        if back != v and not (v != v):
            print('mismatch', version, repr(v), repr(back))
        if type(back) is not type(v):
            print('type', version, repr(v), type(back).__name__)
print(marshal.loads(marshal.dumps(float('nan'))))
print(repr(marshal.loads(marshal.dumps(-0.0))), repr(marshal.loads(marshal.dumps(-0.0, 1))))
print(marshal.loads(marshal.dumps(StopIteration)) is StopIteration)
print(marshal.loads(marshal.dumps(...)) is ...)
print(type(marshal.loads(marshal.dumps(bytearray(b'ab')))))
print(marshal.loads(marshal.dumps({1, 2, 3})), marshal.loads(marshal.dumps(frozenset({'a'}))))
