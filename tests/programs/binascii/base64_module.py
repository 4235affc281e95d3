# base64.py on top of binascii: standard, URL-safe, base32, base16, ascii85, base85.
import base64

raw = bytes(range(0, 256, 7)) + b"krait"
for name in ("b64", "urlsafe_b64", "standard_b64", "b32", "b32hex", "b16", "a85", "b85"):
    enc = getattr(base64, name + "encode")(raw)
    dec = getattr(base64, name + "decode")(enc)
    print(name, enc[:40], dec == raw)
print(base64.b64encode(b"\xfb\xff\xfe", altchars=b"-_"))
print(base64.b64decode(b"-_--", altchars=b"-_"))
print(base64.b64decode("aGVsbG8="))
print(base64.b64decode(b"aGVs\nbG8="), base64.b64decode(b"aGVsbG8=", validate=True))
print(base64.encodebytes(b"x" * 100))
print(base64.decodebytes(base64.encodebytes(b"y" * 100)) == b"y" * 100)
print(base64.a85encode(b"hello world", wrapcol=10, adobe=True))
print(base64.a85decode(b"<~BOu!rD]j7BEbo7~>", adobe=True))
print(base64.a85encode(b"\0\0\0\0    ", foldspaces=True))
print(base64.b32decode(b"mfrgg===", casefold=True), base64.b32decode(b"MFRGG===", map01=b"L"))
print(base64.b16decode(b"6B72616974"), base64.b16decode(b"6B72616974".lower(), casefold=True))
for bad in (lambda: base64.b64decode(b"abc"), lambda: base64.b64decode(b"ab!c", validate=True),
            lambda: base64.b32decode(b"abc"), lambda: base64.b16decode(b"6g"),
            lambda: base64.b85decode(b"|||||"), lambda: base64.b64encode("str")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
