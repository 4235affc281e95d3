# The builtin hash modules themselves (_md5, _sha1, _sha256, _sha512, _sha3,
# _blake2): classes, constructors and CPython's messages.
import _blake2
import _md5
import _sha1
import _sha256
import _sha3
import _sha512


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(r if isinstance(r, (bytes, str, int)) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


for mod, names in ((_md5, ["md5"]), (_sha1, ["sha1"]), (_sha256, ["sha224", "sha256"]), (_sha512, ["sha384", "sha512"]),
                   (_sha3, ["sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"]),
                   (_blake2, ["blake2b", "blake2s"])):
    print(mod.__name__, sorted(n for n in dir(mod) if not n.startswith("_")))
    for n in names:
        h = getattr(mod, n)(b"abc")
        print(" ", n, type(h).__name__, type(h).__module__, h.name, h.digest_size, h.block_size, type(h.copy()) is type(h))

print(_md5.MD5Type.__name__, _sha256.SHA224Type.__name__, _sha512.SHA384Type.__name__, _sha1.SHA1Type.__name__)
s = _sha3.sha3_256()
print(s._capacity_bits, s._rate_bits, s._suffix, _sha3.shake_256()._suffix, _sha3.shake_128()._rate_bits)
print(_blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2S_MAX_KEY_SIZE, _blake2.blake2s.PERSON_SIZE)
print(isinstance(_sha3.sha3_224, type), isinstance(_blake2.blake2b, type))

h = _md5.md5()
t(h.update)
t(h.update, b"a", b"b")
t(h.update, "str")
t(h.update, 3)
t(h.digest, 1)
t(_md5.md5, None)
t(_md5.md5, b"a", foo=1)
t(_sha256.sha224, b"x", string=b"y")
t(_md5.MD5Type)
t(_sha3.sha3_256, "x")
t(_sha3.sha3_256, b"x", b"y")
t(_sha3.shake_128().digest)
t(_sha3.shake_128().digest, "x")
t(_sha3.shake_128().digest, 1 << 29)
t(_sha3.shake_128().digest, 2 ** 70)
t(_sha3.shake_128(b"abc").digest, 0)
t(_sha3.shake_256(b"abc").hexdigest, 7)
t(_blake2.blake2b, None)
t(_blake2.blake2b, key="x")
t(_blake2.blake2b, digest_size="x")
t(_blake2.blake2b, inner_size=65)
t(_blake2.blake2s, depth=0)
t(_blake2.blake2b, b"x", digest_size=16, key=b"k", salt=b"s", person=b"p", usedforsecurity=False)
