# The digests of the builtin hash modules used directly (what hashlib falls back
# to): every algorithm, incremental updates, copies, BLAKE2 parameters and SHAKE.
import _blake2
import _md5
import _sha1
import _sha256
import _sha3
import _sha512

CONS = {"md5": _md5.md5, "sha1": _sha1.sha1, "sha224": _sha256.sha224, "sha256": _sha256.sha256,
        "sha384": _sha512.sha384, "sha512": _sha512.sha512, "blake2b": _blake2.blake2b, "blake2s": _blake2.blake2s}
for n in ("sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"):
    CONS[n] = getattr(_sha3, n)


class hashlib:
    algorithms_guaranteed = set(CONS)

    @staticmethod
    def new(name, data=b"", **kw):
        return CONS[name.lower()](data, **kw)


for _n, _c in CONS.items():
    setattr(hashlib, _n, _c)

msgs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 5]
for name in sorted(hashlib.algorithms_guaranteed):
    for m in msgs:
        h = hashlib.new(name, m)
        if name.startswith("shake"):
            print(name, len(m), h.hexdigest(20), h.digest(5).hex())
        else:
            print(name, len(m), h.hexdigest())
    h = getattr(hashlib, name)()
    print(" ", h.name, h.digest_size, h.block_size)

# Incremental updates equal one update; copies are independent.
for name in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", "blake2s"):
    h = hashlib.new(name)
    for piece in (b"a", bytearray(b"bc"), memoryview(b"defgh"), b"x" * 1000):
        h.update(piece)
    one = hashlib.new(name, b"abcdefgh" + b"x" * 1000)
    c = h.copy()
    c.update(b"more")
    print(name, h.hexdigest() == one.hexdigest(), c.hexdigest() != h.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))

print(hashlib.md5(b"hello").hexdigest())
print(hashlib.sha256(b"hello").hexdigest())
print(hashlib.sha3_512(b"hello").hexdigest())
print(hashlib.new("SHA256", b"upper").hexdigest())
print(hashlib.md5(b"x", usedforsecurity=False).hexdigest())
print(hashlib.sha1(string=b"kw").hexdigest())

# BLAKE2 parameters.
print(hashlib.blake2b(b"data", digest_size=16).hexdigest())
print(hashlib.blake2b(b"data", key=b"secret").hexdigest())
print(hashlib.blake2b(b"data", digest_size=20, key=b"k" * 64, salt=b"salty", person=b"me").hexdigest())
print(hashlib.blake2b(key=b"only a key").hexdigest())
print(hashlib.blake2s(b"data", digest_size=8, key=b"key", salt=b"12345678", person=b"p").hexdigest())
print(hashlib.blake2s(b"x" * 64, key=b"k").hexdigest(), hashlib.blake2s(b"x" * 65).hexdigest())
b = hashlib.blake2b(digest_size=10)
print(b.digest_size, b.name, b.block_size, len(b.digest()), hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE)
print(hashlib.new("blake2b", b"abc", digest_size=4).hexdigest())

for bad in (
    lambda: hashlib.md5("text"),
    lambda: hashlib.sha256(12),
    lambda: hashlib.blake2b(digest_size=65),
    lambda: hashlib.blake2s(digest_size=0),
    lambda: hashlib.blake2b(key=b"k" * 65),
    lambda: hashlib.blake2b(salt=b"s" * 17),
    lambda: hashlib.blake2s(person=b"p" * 9),
    lambda: hashlib.blake2b(fanout=256),
    lambda: hashlib.blake2b(b"a", b"b"),
    lambda: hashlib.blake2b(bogus=1),
    lambda: hashlib.sha3_256().update("s"),
    lambda: hashlib.shake_128(b"x").digest(-1),
    lambda: hashlib.shake_128(b"x").hexdigest(),
):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
