# marshal's shared-object flags (FLAG_REF) and back-references (TYPE_REF) from
# version 3 on: objects held elsewhere, repeated objects, interned strings, the
# character and small-int caches, recursive containers, and set order.
import marshal

x = [1000, 'abc', 'a b', 1.5]
print(marshal.dumps(x))
print(marshal.dumps([x, x]))
print(marshal.dumps((x, x), 3))
print(marshal.dumps((x, x), 2))
print(marshal.dumps([1000, 1000]))
print(marshal.dumps((1000, 1000)))
print(marshal.dumps([1.5, 1.5]))
print(marshal.dumps(['a b', 'a b', 'abc', 'abc']))
print(marshal.dumps([(1, 2), (1, 2)]))
print(marshal.dumps({'a': (1, 2), 'b': (1, 2), 'c': 3}))
print(marshal.dumps([1 + 2j, 1 + 2j, 3j]))
print(marshal.dumps([-2.5, -2.5]))

s = 'shared text'
f = float('2.75')
b = bytearray(b'buf')
print(marshal.dumps([s, s, f, f, b, b]))
print(marshal.dumps({s: f, 'k': f}))
print(marshal.dumps([float('2.75'), float('2.75')]))

# One-character strs and one-byte bytes are shared objects.
print(marshal.dumps([chr(97), chr(97), 'a', 'a', chr(200), chr(200), chr(300)]))
word = 'xyz'
print(marshal.dumps([word[0], word[0], word[1:], 'x']))
print(marshal.dumps([b'a', bytes([97]), b'', bytes(0)]))
print(marshal.dumps(['', '', str()]))

# Small ints are cached.
print(marshal.dumps([0, 1, -5, 256, 0, 256]))

# Recursive containers.
l = []
l.append(l)
print(marshal.dumps(l))
d = {}
d['self'] = d
print(marshal.dumps(d))
outer = [1]
inner = [outer]
outer.append(inner)
print(marshal.dumps(outer))
back = marshal.loads(marshal.dumps(l))
print(back, back[0] is back)
back = marshal.loads(marshal.dumps(d))
print(back['self'] is back)

# Sets are written in the order of their elements' own marshal bytes.
print(marshal.dumps({1000, 2000, 3000, 'a', 'b', 1.5}))
print(marshal.dumps({float(i) for i in range(4)}))
print(marshal.dumps(frozenset({float(i) for i in range(4)})))
print(marshal.dumps({'zz', 'a', 'mm', 'é', (1, 2), None, True, 7}))
print(marshal.dumps({frozenset({1, 2}), frozenset({3})}))
vals = [1.5, 'abc']
print(marshal.dumps([vals, {1.5, 'abc'}, vals]))
print(marshal.dumps({-1, -2, 300, 2**40}))

# Interned strings keep their interned type codes through a round trip.
data = marshal.dumps(['abc', 'abc', 'a b'])
print(data)
back = marshal.loads(data)
print(back, back[0] is back[1])
print(marshal.dumps(back[0]), marshal.dumps(back[2]))
print(marshal.dumps(marshal.loads(b'\xda\x03xyz')))
print(marshal.dumps([marshal.loads(b'Z\x03xyz')]), marshal.dumps([marshal.loads(b'z\x03xyz')]))
print(marshal.dumps([marshal.loads(b'z\x01q')]), marshal.dumps([marshal.loads(b'Z\x01q')]))

# Version 3 has no ASCII codes; interned strs are TYPE_INTERNED there.
print(marshal.dumps(['abc', 'a b', 'abc', 'é'], 3))

# A tuple that contains itself can only come from loads.
t = marshal.loads(b'\xa9\x02\xfa\x03a br\x00\x00\x00\x00')
print(t[1] is t, marshal.dumps(t), marshal.dumps([t, t]))
try:
    marshal.dumps(t, 2)
except ValueError as e:
    print('ValueError', e)
