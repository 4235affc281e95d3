# object() sentinels: identity comparison, hashing, use as dict keys and defaults, type and errors
MISSING = object()
other = object()
def lookup(d, k, default=MISSING):
    v = d.get(k, MISSING)
    if v is MISSING:
        if default is MISSING:
            return 'missing'
        return default
    return v
print(lookup({1: 2}, 1), lookup({1: 2}, 3), lookup({1: 2}, 3, 'dflt'))
print(MISSING == MISSING, MISSING == other, MISSING != other, MISSING is MISSING, type(MISSING).__name__, type(MISSING) is object, isinstance(MISSING, object), bool(MISSING))
d = {MISSING: 'a', other: 'b'}
print(d[MISSING], d[other], len({MISSING, other, MISSING}), hash(MISSING) == hash(MISSING), [MISSING].count(MISSING), [MISSING].index(MISSING), MISSING in (other, MISSING))
print(repr(MISSING)[:17], str(MISSING)[:17])
for k in range(5):
    try:
        if k == 0: object(1)
        if k == 1: object(x=1)
        if k == 2: MISSING < other
        if k == 3: MISSING.foo
        if k == 4: MISSING + 1
    except Exception as e:
        print(type(e).__name__, e)
for i in range(100000):
    o = object()
print('done')
