# ints: hex(), oct(), bin() for positive, negative, zero and big values
for n in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 1000, 2 ** 32, 2 ** 64, -(2 ** 70)]:
    print(n, hex(n), oct(n), bin(n))
print(hex(2 ** 100))
print(bin(2 ** 63 - 1))
print(oct(-(8 ** 10)))
print(0x10, 0o10, 0b10, 0xDEAD_BEEF)
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(bin(5).count("1"), len(bin(2 ** 40)) - 2)
print(hex(255).upper(), hex(255)[2:], bin(10)[2:].zfill(8))
print(hex(True), bin(False))
