# attribute assignment errors on builtin objects, module attribute assignment, iter(func, sentinel)
import sys
for stmt in range(12):
    try:
        if stmt == 0: (1).real = 2
        elif stmt == 1: True.imag = 2
        elif stmt == 2: (1.5).real = 1
        elif stmt == 3: 'abc'.upper = 1
        elif stmt == 4: [].foo = 1
        elif stmt == 5: range(3).start = 1
        elif stmt == 6: int.foo = 1
        elif stmt == 7: True.bit_length = 1
        elif stmt == 8: (2**70).denominator = 3
        elif stmt == 9: {}.keys = 1
        elif stmt == 10: (1, 2).count = 1
        elif stmt == 11: None.x = 1
        print('no error', stmt)
    except AttributeError as e:
        print('AttributeError', e)
    except TypeError as e:
        print('TypeError', e)
sys.myattr = 5
print(sys.myattr)
def f():
    return 7
it = iter(f, 7)
print(list(it), type(it).__name__)
n = [0]
def g():
    n[0] += 1
    return n[0]
print(list(iter(g, 4)))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
