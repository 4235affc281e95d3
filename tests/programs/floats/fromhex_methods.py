# int/float methods and attributes: bit_length, as_integer_ratio, hex, float.fromhex parsing and rounding
print((255).bit_length(), (-2**70).bit_length(), (0).bit_count(), (-7).bit_count(), (6).as_integer_ratio(), (2.5).as_integer_ratio(), (-0.1).as_integer_ratio(), (1e300).hex(), (0.1).hex(), (-0.0).hex(), float('inf').hex() if False else 0, (3.0).is_integer(), (3.5).is_integer())
print((5).real, (5).imag, (5).numerator, (5).denominator, (2.5).real, (2.5).imag, True.real, (5).conjugate(), (2.5).conjugate(), type(True.numerator).__name__)
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), float.fromhex('inf'), float.fromhex(' 0x10 '), (1.5).fromhex('0x2'))
print(int.__name__, (2**64).to_bytes if False else 0)
for s in ['0x1p-1074', '0x1p-1075', '0x3p-1076', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '0x.8', '1.', '-0x0p0', '0X1P+4', '  1p1  ', 'infinity', '-NaN', '0x1.0000000000000800p0', '0x1.0000000000001800p0', '0x1.00000000000008000001p0', 'ABC.DEFp-10', '1' * 40, '0x1p-2000', '0x1p99999999999999999999', '0x', '.', 'p1', '1p', '0x1q', '1e5', '0x1p1 x', '', '-0x1p-1080']:
    try:
        print(repr(s), float.fromhex(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for x in [0.1, 1e300, 5e-324, 2.2250738585072014e-308, 123.456, -2.5, 1/3]:
    print(float.fromhex(x.hex()) == x, x.hex())
try:
    float.fromhex(1)
except TypeError as e:
    print(e)
