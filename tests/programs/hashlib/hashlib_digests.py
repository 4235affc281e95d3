# hashlib over the builtin hash modules: every guaranteed algorithm, incremental
# updates, copies, names and sizes, BLAKE2 parameters and SHAKE lengths.
import hashlib

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
    lambda: hashlib.new("nope"),
    lambda: hashlib.blake2b(digest_size=65),
    lambda: hashlib.blake2s(digest_size=0),
    lambda: hashlib.blake2b(key=b"k" * 65),
    lambda: hashlib.blake2b(salt=b"s" * 17),
    lambda: hashlib.blake2s(person=b"p" * 9),
    lambda: hashlib.blake2b(fanout=256),
    lambda: hashlib.blake2b(b"a", b"b"),
    lambda: hashlib.blake2b(bogus=1),
    lambda: hashlib.sha3_256().update("s"),
):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
