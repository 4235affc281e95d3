# Case mappings and character predicates over all of Unicode, summarised per block of
# 4096 code points with a checksum of the results. Lone surrogates are included; the
# last 2048 code points, which krait reserves to hold them, are not.
def checksum(s, acc):
    for ch in s:
        acc = (acc * 1000003 + ord(ch)) % 2305843009213693951
    return acc

start = 0
while start < 0x110000:
    acc = 0
    flags = 0
    c = start
    while c < min(start + 4096, 0x10F800):
        ch = chr(c)
        acc = checksum(ch.upper(), acc)
        acc = checksum(ch.lower(), acc)
        acc = checksum(ch.title(), acc)
        acc = checksum(ch.casefold(), acc)
        acc = checksum(ch.swapcase(), acc)
        acc = checksum(ch.capitalize(), acc)
        bits = 0
        if ch.isalpha(): bits |= 1
        if ch.isdigit(): bits |= 2
        if ch.isdecimal(): bits |= 4
        if ch.isnumeric(): bits |= 8
        if ch.isspace(): bits |= 16
        if ch.isupper(): bits |= 32
        if ch.islower(): bits |= 64
        if ch.istitle(): bits |= 128
        if ch.isprintable(): bits |= 256
        if ch.isidentifier(): bits |= 512
        if ("a" + ch).isidentifier(): bits |= 1024
        if ch.isalnum(): bits |= 2048
        flags = (flags * 4099 + bits) % 2305843009213693951
        c += 1
    print(hex(start), acc, flags)
    start += 4096
