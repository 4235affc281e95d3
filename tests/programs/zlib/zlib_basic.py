# zlib: decompressing data CPython's zlib compressed (literals below), round trips
# through every header kind, streaming objects, checksums and errors.
import zlib

# Compressed by CPython 3.11's zlib.
TEXT = b'krait compiles Python ahead of time. ' * 20 + bytes(range(50))
ZLIB_DATA = b'x\x9c\xcb.J\xcc,QH\xce\xcf-\xc8\xccI-V\x08\xa8,\xc9\xc8\xcfSH\xccHMLQ\xc8OS(\xc9\xccM\xd5S\xc8\x1eU4\xaah\xe8*b`dbfaec\xe7\xe0\xe4\xe2\xe6\xe1\xe5\xe3\x17\x10\x14\x12\x16\x11\x15\x13\x97\x90\x94\x92\x96\x91\x95\x93WPTRVQUS\xd7\xd0\xd4\xd2\xd6\xd1\xd5\xd370\x04\x00\x84\xcb\x101'
ZLIB_9 = b'x\xda\xcb.J\xcc,QH\xce\xcf-\xc8\xccI-V\x08\xa8,\xc9\xc8\xcfSH\xccHMLQ\xc8OS(\xc9\xccM\xd5S\xc8\x1eU4\xaah\xe8*b`dbfaec\xe7\xe0\xe4\xe2\xe6\xe1\xe5\xe3\x17\x10\x14\x12\x16\x11\x15\x13\x97\x90\x94\x92\x96\x91\x95\x93WPTRVQUS\xd7\xd0\xd4\xd2\xd6\xd1\xd5\xd370\x04\x00\x84\xcb\x101'
RAW_DATA = b'\xcb.J\xcc,QH\xce\xcf-\xc8\xccI-V\x08\xa8,\xc9\xc8\xcfSH\xccHMLQ\xc8OS(\xc9\xccM\xd5S\xc8\x1eU4\xaah\xe8*b`dbfaec\xe7\xe0\xe4\xe2\xe6\xe1\xe5\xe3\x17\x10\x14\x12\x16\x11\x15\x13\x97\x90\x94\x92\x96\x91\x95\x93WPTRVQUS\xd7\xd0\xd4\xd2\xd6\xd1\xd5\xd370\x04\x00'
GZIP_DATA = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb.J\xcc,QH\xce\xcf-\xc8\xccI-V\x08\xa8,\xc9\xc8\xcfSH\xccHMLQ\xc8OS(\xc9\xccM\xd5S\xc8\x1eU4\xaah\xe8*b`dbfaec\xe7\xe0\xe4\xe2\xe6\xe1\xe5\xe3\x17\x10\x14\x12\x16\x11\x15\x13\x97\x90\x94\x92\x96\x91\x95\x93WPTRVQUS\xd7\xd0\xd4\xd2\xd6\xd1\xd5\xd370\x04\x00j\x8dY\xef\x16\x03\x00\x00'
ZDICT_DATA = b'x\xbbZ\x06\x08:\xcb\xc6&\xa8\x90\x98\x91\x9a\x98\xa2\x90\x9f\xa6P\x92\x99\x9b\xaa\xa70\xaahT\xd1\x10V\xc4\xc0\xc8\xc4\xcc\xc2\xca\xc6\xce\xc1\xc9\xc5\xcd\xc3\xcb\xc7/ ($,"*&.!)%-#+\'\xaf\xa0\xa8\xa4\xac\xa2\xaa\xa6\xae\xa1\xa9\xa5\xad\xa3\xab\xa7o`\x08\x00\x84\xcb\x101'


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r) if not isinstance(r, bytes) or len(r) < 60 else ("bytes", len(r)))
    except Exception as e:
        print(type(e).__name__, e)


print(zlib.decompress(ZLIB_DATA) == TEXT, zlib.decompress(ZLIB_9) == TEXT)
print(zlib.decompress(RAW_DATA, -15) == TEXT, zlib.decompress(RAW_DATA, -9) == TEXT)
print(zlib.decompress(GZIP_DATA, 31) == TEXT, zlib.decompress(GZIP_DATA, 47) == TEXT, zlib.decompress(ZLIB_DATA, 47) == TEXT)
print(zlib.decompress(ZLIB_DATA, bufsize=1) == TEXT, zlib.decompress(bytearray(ZLIB_DATA)) == TEXT, zlib.decompress(memoryview(ZLIB_DATA)) == TEXT)
d = zlib.decompressobj(zdict=b"krait compiles Python")
print(d.decompress(ZDICT_DATA) == TEXT, d.eof)

# Round trips at every level and header kind.
data = bytes(range(256)) * 40 + b"tail"
for level in range(-1, 10):
    for wbits in (15, 9, -15, -9, 31, 25):
        c = zlib.compress(data, level, wbits)
        back = zlib.decompress(c, wbits)
        auto = zlib.decompress(c, 47) == data if wbits > 15 else "-"
        assert back == data, (level, wbits)
    print(level, len(zlib.compress(data, level)) < len(data) or level == 0, auto)
print(zlib.compress(b"") != b"", zlib.decompress(zlib.compress(b"")))
print(zlib.compress(data, level=1, wbits=-12)[:0], zlib.decompress(zlib.compress(b"x" * 1000, wbits=-12), wbits=-12) == b"x" * 1000)

# Streaming compression with flush modes.
c = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FILTERED)
parts = [c.compress(data[:1000]), c.flush(zlib.Z_SYNC_FLUSH), c.compress(data[1000:5000]),
         c.flush(zlib.Z_FULL_FLUSH), c.compress(data[5000:]), c.flush(zlib.Z_NO_FLUSH), c.flush()]
print(parts[1][-4:], parts[3][-4:], parts[5])
print(zlib.decompress(b"".join(parts), -15) == data)
t(c.compress, b"after finish")
t(c.flush)
t(c.copy)
for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    c = zlib.compressobj(strategy=strategy, memLevel=1)
    print(strategy, zlib.decompress(c.compress(data) + c.flush()) == data)
c = zlib.compressobj(zdict=b"tail")
c1 = c.compress(b"head ")
c2 = c.copy()
r1 = c1 + c.compress(b"one tail") + c.flush()
r2 = c1 + c2.compress(b"two tail") + c2.flush()
print(zlib.decompressobj(zdict=b"tail").decompress(r1), zlib.decompressobj(zdict=bytearray(b"tail")).decompress(r2))
t(zlib.decompress, r1)

# Streaming decompression: max_length, unconsumed_tail, unused_data, eof, flush.
d = zlib.decompressobj()
out = d.decompress(ZLIB_DATA, 100)
print(len(out), len(d.unconsumed_tail) > 0, d.eof)
while d.unconsumed_tail:
    out += d.decompress(d.unconsumed_tail, 100)
print(out == TEXT, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
print(d.decompress(ZLIB_DATA + b"extra") == TEXT, d.unused_data, d.eof)
print(d.decompress(b"more"), d.unused_data, d.flush())
d = zlib.decompressobj(-15)
out = b"".join(d.decompress(RAW_DATA[i:i + 7]) for i in range(0, len(RAW_DATA), 7))
print(out == TEXT, d.eof)
d = zlib.decompressobj(31)
half = d.decompress(GZIP_DATA[:40])
d2 = d.copy()
print((half + d.decompress(GZIP_DATA[40:])) == TEXT, (half + d2.decompress(GZIP_DATA[40:]) + d2.flush()) == TEXT, d2.eof)
d = zlib.decompressobj()
first = d.decompress(ZLIB_DATA, 10)
print(len(first), (first + d.flush()) == TEXT, d.eof, d.unconsumed_tail)
d = zlib.decompressobj()
print(d.decompress(ZLIB_DATA[:20]) == TEXT[:0], d.flush()[:10], d.eof)
t(d.decompress, b"x", -1)
t(d.flush, 0)
t(zlib.decompressobj, zdict=1)

# Checksums.
print(zlib.crc32(b""), zlib.crc32(b"hello"), zlib.crc32(b" world", zlib.crc32(b"hello")), zlib.crc32(TEXT, -1))
print(zlib.adler32(b""), zlib.adler32(b"hello"), zlib.adler32(b" world", zlib.adler32(b"hello")), zlib.adler32(TEXT, 2**40 + 7))
t(zlib.crc32, "str")
t(zlib.adler32, b"x", 1.0)

# Errors.
t(zlib.decompress, b"garbage!")
t(zlib.decompress, ZLIB_DATA[:-5])
t(zlib.decompress, ZLIB_DATA[:10])
t(zlib.decompress, RAW_DATA)
t(zlib.decompress, GZIP_DATA)
t(zlib.decompress, ZLIB_DATA, 20)
t(zlib.decompress, ZLIB_DATA, bufsize=-1)
t(zlib.compress, b"x", 10)
t(zlib.compress, b"x", wbits=99)
t(zlib.compress, "text")
t(zlib.compressobj, 10)
t(zlib.compressobj, method=5)
t(zlib.compressobj, zdict="s")
t(zlib.decompressobj, 99)
t(zlib.decompressobj().decompress, b"\x78\x9c\xff\xff")
t(zlib.decompressobj().decompress, "str")
print(issubclass(zlib.error, Exception), zlib.error.__module__, zlib.error.__name__)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_BEST_SPEED,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_NO_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_NO_FLUSH,
      zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK, zlib.Z_TREES, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED,
      zlib.Z_DEFAULT_STRATEGY)
print(type(zlib.ZLIB_VERSION), zlib.ZLIB_VERSION[:2], zlib.ZLIB_RUNTIME_VERSION[:2])
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
print(sorted(n for n in dir(zlib) if not n.startswith("_") and n not in ("Compress", "Decompress")))
