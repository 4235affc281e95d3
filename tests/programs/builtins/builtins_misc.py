# min/max/sum/zip/enumerate/range/isinstance/chr/ord/hex/round/hash builtins, their errors, and builtin type names
def part1():
    global r, tests, bad, k
    print(max([3, -5, 2], key=abs), min([3, -5, 2], key=abs), max([], default=None), min([], key=abs, default='d'), max('a', 'B', key=str.lower), max([1, 1.0]), max([1.0, 1]), min(1, True), max((1, 2), (1, 2, 0)))
    print(max([2, 3, 3.0], key=int), min([[1], [0, 5]]), max({1: 'a', 5: 'b'}), max(range(10), key=lambda_ if False else None) if False else 0)
    tests = [
        ('max()', 0), ('max(1)', 0), ('max([], default=1, key=None)', 0)
    ]
    for k in range(7):
        try:
            if k == 0: max()
            if k == 1: max(1)
            if k == 2: min([])
            if k == 3: max([], [])
            if k == 4: max(1, 2, default=3)
            if k == 5: max([1, 2], foo=3)
            if k == 6: max([1, 'a'])
        except Exception as e:
            print(e)
part1()
def part2():
    global r, tests, bad, k
    print(max([1, 2], key=None), max(1, 2, key=None), min('bca'), max('ab', 'abc'))
    print(sum([1, 2, 3], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([1.5, 2**70]), sum([True, True]), sum(range(101)), sum([], 5.5))
    for k in range(3):
        try:
            if k == 0: sum(['a', 'b'], '')
            if k == 1: sum(['a'])
            if k == 2: sum(5)
        except Exception as e:
            print(e)
    print(list(zip()), list(zip([1, 2], 'abc', (5, 6, 7))), list(zip(range(3))), list(enumerate('ab', 10)), list(enumerate([], -1)), list(enumerate('x', start=2**70)))
part2()
def part3():
    global r, tests, bad, k
    for k in range(6):
        try:
            if k == 0: zip(1)
            if k == 1: enumerate(5)
            if k == 2: reversed(5)
            if k == 3: reversed({1, 2})
            if k == 4: iter(5)
            if k == 5: next([1])
        except Exception as e:
            print(e)
    try:
        next(iter([]))
    except StopIteration as e:
        print('StopIteration', repr(e))
    print(list(reversed(range(1, 10, 3))), list(reversed(range(10, 0, -4))), list(reversed({'a': 1, 'b': 2}.items())), list(reversed({'a': 1}.keys())))
    r = range(0, 20, 3)
part3()
def part4():
    global r, tests, bad, k
    print(r, len(r), r[2], r[-1], r[1:4], r[::-1], r[::2], 9 in r, 10 in r, r.index(9), r.count(9), range(5) == range(0, 5, 1), range(0) == range(3, 3), list(range(-5)), range(2**70, 2**70 + 5)[2])
    for k in range(4):
        try:
            if k == 0: r.index(10)
            if k == 1: range(1, 2, 0)
            if k == 2: range(1.5)
            if k == 3: r[100]
        except Exception as e:
            print(e)
    print(isinstance(1, (str, (float, int))), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int,)), isinstance([], (list, tuple)), isinstance(None, type(None)), isinstance(int, type), isinstance(3, object), isinstance(ValueError('x'), Exception), isinstance(KeyError(), LookupError))
    for k in range(2):
        try:
            if k == 0: isinstance(1, 1)
            if k == 1: isinstance(1, (int, 1))
        except Exception as e:
            print(e)
part4()
def part5():
    global r, tests, bad, k
    print(type(1), type(1.0), type('a'), type([]), type(()), type({}), type(set()), type(frozenset()), type(None), type(True), type(range(1)), type(len), type(type), type(iter([])), type(iter(())), type(iter('')), type(iter({})), type(iter(set())), type(iter(range(3))), type({}.keys()), type({}.items()), type(zip()), type(enumerate([])), type(reversed([])), type(ValueError()))
    print(type(1).__name__, type(2**70).__name__, type(print).__name__, int.__name__, ZeroDivisionError.__name__, type(reversed(range(3))).__name__, type(reversed('ab')).__name__, type(reversed({})).__name__)
    print(chr(0x1F600), ord('€'), ord('\n'), chr(0), repr(chr(0x7f)), repr(chr(0xa0)), repr(chr(0xad)), repr('\u200b'), repr('\U0001F600'), repr('\ud7ff'), repr(chr(0x10f7ff)), repr(chr(0xdfff)))
    for bad in ['chr(-1)', 'chr(0x110000)', 'ord("ab")', 'ord("")', 'chr("a")', 'ord(1)']:
        pass
part5()
def part6():
    global r, tests, bad, k
    for k in range(7):
        try:
            if k == 0: chr(-1)
            if k == 1: chr(0x110000)
            if k == 2: ord("ab")
            if k == 3: ord("")
            if k == 4: chr("a")
            if k == 5: ord(1)
            if k == 6: chr(2**70)
        except Exception as e:
            print(e)
    print(hex(-255), oct(-8), bin(-5), hex(2**64), bin(0), oct(0), hex(True))
    for k in range(1):
        try:
            if k == 0: hex(1.5)
        except Exception as e:
            print(e)
    print(abs(-0.0), abs(True), abs(-2**63), abs(float('-inf')), divmod(-7, 2), divmod(7.5, -2), divmod(-2**70, 3), pow(2, -2), pow(-2, 3), pow(0.0, 0), pow(2, 0.5))
part6()
def part7():
    global r, tests, bad, k
    print(bool([]), bool([0]), bool(''), bool(' '), bool(0.0), bool(-0.0), bool(float('nan')), bool(None), bool({}), bool(range(0)), bool(2**70), bool(set()))
    print(all([]), any([]), all([1, 0]), any([0, '', None, 3]), all('abc'), any({0: 1}), all(range(1, 5)))
    print(int(True), int(-3.99), int(' 42\n'), int('-0'), int(2**70 + 0.0) if False else 0, float(True), float(' -1.5e3 '), float(2**70), str(1e16), str(-0.0), str(1.0e-7), str([1.0, 'a', None]), str((1,)), repr(('a',)))
    print(round(2**70 + 1, -2), round(-0.5), round(0.5), round(1.5), round(-1.5), round(1e300, 2), round(12.5, -1), round(-7, -1))
part7()
def part8():
    global r, tests, bad, k
    print(hash(1), hash(-1), hash(2**61 - 1), hash(2**61), hash(-2**61), hash(2**64), hash(1.5), hash(-1.0), hash(float('inf')), hash(0.1), hash(True), hash(()), hash((1, 2)), hash((1, (2, 3))), hash(-2**63), hash(10**30))
part8()
