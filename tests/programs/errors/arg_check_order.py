# which argument error CPython reports first (int base, sum, split), "None" in clinic messages, bool format errors, dict_values hashing
for k in range(22):
    try:
        if k == 0: int([1], (2,))
        if k == 1: int(1.5, 99)
        if k == 2: int({}, 10)
        if k == 3: sum(None, 'x')
        if k == 4: sum(5, [])
        if k == 5: 'a b'.split((1,), (2,))
        if k == 6: 'a b'.rsplit(5, 1.5)
        if k == 7: 'a b'.split(5, 1)
        if k == 8: format(1, None)
        if k == 9: 'abc'.replace(None, 'x')
        if k == 10: 'abc'.removesuffix(None)
        if k == 11: 'abc'.find(None)
        if k == 12: format(True, 's')
        if k == 13: format(False, '[x]')
        if k == 14: format(True, '.2d')
        if k == 15: '{:s}'.format(True)
        if k == 16: f'{True:x<5c}'
        if k == 17: print(format(True, 'd'), format(True, '.1f'), format(False, '>4'), f'{True:^7}')
        if k == 18: hash({}.keys())
        if k == 19: hash({}.items())
        if k == 20:
            v = {1: 2}.values()
            print({v: 'ok'}[v], v in {v}, hash(v) == hash(v), v == v, v == {1: 2}.values())
        if k == 21: 'abc'.replace('a', None)
    except Exception as e:
        print(k, type(e).__name__, e)
