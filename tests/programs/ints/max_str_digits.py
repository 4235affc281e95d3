# sys.get_int_max_str_digits/set_int_max_str_digits and the int<->str digit limit in str, int, format and %
import sys
print(sys.get_int_max_str_digits())
f = 1
for i in range(1, 2000):
    f *= i
try:
    print(len(str(f)))
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(10000)
print(len(str(f)), str(f)[:20], sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10**20000)), int('1' * 20000) % 97)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(640)
try:
    int('1' * 641)
except ValueError as e:
    print(e)
print(len(repr(10**639)), len(f'{10**639}'), len('%d' % 10**639), len(format(10**639, ',')))
try:
    print('%d' % 10**700)
except ValueError as e:
    print(e)
print(len(hex(10**700)))
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits())
for bad in ['x', 1.5, -1, 639, 2**40]:
    try:
        sys.set_int_max_str_digits(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(4300)
print(len(str(2**14000)), len(str(-(10**4299))))
try:
    print(str(10**4300))
except ValueError as e:
    print(e)
