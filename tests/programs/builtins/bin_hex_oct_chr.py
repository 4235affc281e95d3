# builtins: hex, oct, bin, chr, ord round trips and base conversions by hand
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    out = ""
    while n:
        out = digits[n % base] + out
        n //= base
    return sign + out

for n in [0, 5, -5, 255, 4096, 2 ** 64 + 3, -(3 ** 40)]:
    print(n, hex(n), oct(n), bin(n), to_base(n, 16) == hex(n).replace("0x", ""), to_base(n, 36))
print(int(to_base(123456789, 36), 36))
for c in "Az09~":
    print(c, ord(c), hex(ord(c)), bin(ord(c)), chr(ord(c) + 1))
