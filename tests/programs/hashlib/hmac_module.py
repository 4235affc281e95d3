# hmac.py and hashlib.pbkdf2_hmac over the builtin hash modules.
import hashlib
import hmac
import warnings

# Without OpenSSL, hashlib.pbkdf2_hmac is the deprecated Python version.
warnings.simplefilter("ignore", DeprecationWarning)

key = b"key"
msg = b"The quick brown fox jumps over the lazy dog"
for name in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2s"):
    h = hmac.new(key, msg, name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hmac.new(b"k" * 200, digestmod=hashlib.sha256)
h.update(b"part one ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest(), c.hexdigest())
print(hmac.digest(key, msg, "sha256").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 3).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, dklen=30).hex())
try:
    hmac.new(key)
except TypeError as e:
    print("TypeError", e)
