# floats: round() with and without ndigits, banker's rounding and int/float results
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(-3.14159, 1), round(1234.5678, -2), round(1234.5678, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7)).__name__)
print(round(7), round(15, -1), round(25, -1), round(-25, -1), round(1234, -2), round(1250, -2))
print(round(1e20), round(2.0 ** 60), round(-0.4), round(0.49999999999999994))
print(round(123.456, 5), round(0.0, 3), round(-0.0, 1))
for d in range(-2, 5):
    print(d, round(9876.54321, d))
print(round(1.5e300, 2), round(5e-324, 2))
print(int(2.999), int(-2.999), round(2.999), round(-2.999))
