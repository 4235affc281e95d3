# slice() objects: construction, repr, attributes, comparison, indices(), use as subscripts, errors
s = slice(1, 10, 2)
print(s, slice(5), slice(None, 3), slice(1, 2, None), s.start, s.stop, s.step, slice(5).start, repr(slice('a', [1], 2.5)))
l = list(range(20))
print(l[s], l[slice(3)], l[slice(-3, None)], l[slice(None, None, -4)], 'abcdefgh'[slice(1, 6, 2)], (1, 2, 3)[slice(1, None)], range(10)[slice(2, 8, 3)])
print(s == slice(1, 10, 2), s == slice(1, 10), s != slice(1, 10, 3), slice(1, 2) < slice(1, 3), slice(0, 5) >= slice(0, 5), s == (1, 10, 2), slice(1) == slice(None, 1))
print(s.indices(5), s.indices(100), slice(None, None, -1).indices(7), slice(-100, 100).indices(10), slice(5, 1, -2).indices(4), slice(None).indices(0))
m = list(range(10))
m[slice(2, 5)] = ['x']
del m[slice(None, None, 3)]
print(m, type(s).__name__, isinstance(s, slice))
for k in range(9):
    try:
        if k == 0: slice()
        if k == 1: slice(1, 2, 3, 4)
        if k == 2: slice(stop=3)
        if k == 3: s.indices(-1)
        if k == 4: s.indices('a')
        if k == 5: hash(s)
        if k == 6: s < 3
        if k == 7: slice(1, 2, 0).indices(5)
        if k == 8: l[slice('a', 2)]
    except Exception as e:
        print(type(e).__name__, e)
