# floats: OverflowError from float power and from converting a huge int to float
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("pow:", e)
    print(e.args)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("pow2:", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("float():", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("division:", e)
try:
    print(10 ** 400 + 1.0)
except OverflowError as e:
    print("add:", e)
try:
    print(2 ** 2000 * 0.5)
except OverflowError as e:
    print("mul:", e)
print(1e308 * 10, -1e308 * 10)
print(1e308 + 1e308)
print(10 ** 400 > 1.0, float(2 ** 1023))
try:
    print(float(2 ** 1024))
except OverflowError as e:
    print("2**1024:", e)
print("still running")
