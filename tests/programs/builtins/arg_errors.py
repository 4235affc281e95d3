# error messages of builtin functions and methods called with bad arguments or keywords
tests = 0
try:
    sorted([1], foo=1)
except TypeError as e:
    print(e)
try:
    sorted()
except TypeError as e:
    print(e)
try:
    [1].sort(foo=1)
except TypeError as e:
    print(e)
try:
    [1].sort(None)
except TypeError as e:
    print(e)
try:
    min(1, 2, foo=1)
except TypeError as e:
    print(e)
try:
    print(1, foo=1)
except TypeError as e:
    print(e)
try:
    sum([1], 2, 3)
except TypeError as e:
    print(e)
try:
    sum([1], begin=3)
except TypeError as e:
    print(e)
try:
    len([1], x=1)
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    abs(1, 2)
except TypeError as e:
    print(e)
try:
    divmod(1)
except TypeError as e:
    print(e)
try:
    round(1, 2, 3)
except TypeError as e:
    print(e)
try:
    round(x=1)
except TypeError as e:
    print(e)
try:
    round(1, ndigits=1.5)
except TypeError as e:
    print(e)
try:
    round('a')
except TypeError as e:
    print(e)
try:
    pow(1)
except TypeError as e:
    print(e)
try:
    int('1', 2, 3)
except TypeError as e:
    print(e)
try:
    int(1, 2)
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    float([1])
except TypeError as e:
    print(e)
try:
    float('1', '2')
except TypeError as e:
    print(e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    list(1)
except TypeError as e:
    print(e)
try:
    list([1], [2])
except TypeError as e:
    print(e)
try:
    tuple(1)
except TypeError as e:
    print(e)
try:
    dict(1)
except TypeError as e:
    print(e)
try:
    set(1)
except TypeError as e:
    print(e)
try:
    'abc'.split(1)
except TypeError as e:
    print(e)
try:
    'abc'.split(sep='b', maxsplit='x')
except TypeError as e:
    print(e)
print('a b c'.split(maxsplit=1), 'a,b,c'.rsplit(sep=',', maxsplit=1), 'abc'.splitlines(keepends=True))
try:
    'abc'.find()
except TypeError as e:
    print(e)
try:
    'abc'.replace('a')
except TypeError as e:
    print(e)
try:
    'abc'.join([1])
except TypeError as e:
    print(e)
try:
    'abc'.join(['a', 2])
except TypeError as e:
    print(e)
try:
    'abc'.startswith(1)
except TypeError as e:
    print(e)
try:
    'abc'.center()
except TypeError as e:
    print(e)
try:
    'abc'.center(5, 'ab')
except TypeError as e:
    print(e)
try:
    'abc'.strip(1)
except TypeError as e:
    print(e)
try:
    'abc'.count(1)
except TypeError as e:
    print(e)
try:
    'abc'.upper(1)
except TypeError as e:
    print(e)
try:
    [].append()
except TypeError as e:
    print(e)
try:
    [].append(1, 2)
except TypeError as e:
    print(e)
try:
    [].insert(1)
except TypeError as e:
    print(e)
try:
    [].index()
except TypeError as e:
    print(e)
try:
    [].pop('a')
except TypeError as e:
    print(e)
try:
    {}.get()
except TypeError as e:
    print(e)
try:
    {}.pop()
except TypeError as e:
    print(e)
try:
    {}.update(1)
except TypeError as e:
    print(e)
try:
    {}.update({}, {})
except TypeError as e:
    print(e)
try:
    set().add()
except TypeError as e:
    print(e)
try:
    set().update(1)
except TypeError as e:
    print(e)
try:
    'a'.nosuch()
except AttributeError as e:
    print(e)
try:
    (1).real = 2
except AttributeError as e:
    print(e)
try:
    [].x
except AttributeError as e:
    print(e)
try:
    frozenset().add(1)
except AttributeError as e:
    print(e)
try:
    (1, 2).append(3)
except AttributeError as e:
    print(e)
try:
    1.5.bit_length()
except AttributeError as e:
    print(e)
try:
    isinstance(1)
except TypeError as e:
    print(e)
try:
    enumerate([], 1.5)
except TypeError as e:
    print(e)
try:
    range()
except TypeError as e:
    print(e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    range('a')
except TypeError as e:
    print(e)
try:
    format(1, 2)
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
try:
    iter()
except TypeError as e:
    print(e)
try:
    next()
except TypeError as e:
    print(e)
try:
    chr()
except TypeError as e:
    print(e)
try:
    bool(1, 2)
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
try:
    zip([1], strict=True)
    print('ok zip strict')
except TypeError as e:
    print(e)
