# float() of bytes-like objects: parsed like str, errors show the object.
def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


t(float, b"1.5")
t(float, bytearray(b" -2e3 "))
t(float, memoryview(b"7"))
t(float, b"inf")
t(float, b"x")
t(float, bytearray(b"1.5x"))
t(float, b"")
