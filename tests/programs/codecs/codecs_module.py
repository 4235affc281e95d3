# codecs.py over _codecs: lookup and its normalisation, the builtin CodecInfos, incremental codecs (split sequences), iterdecode, search functions.
import codecs
ci = codecs.lookup('UTF8')
print(ci.name, type(ci).__name__, ci is codecs.lookup('utf-8'), isinstance(ci, tuple), len(ci))
for n in ['utf-8', 'U8', 'utf_16', 'UTF-16LE', 'utf-32-be', 'latin1', 'L1', 'iso-8859-1', 'ascii', 'US-ASCII', '646', 'unicode_escape', 'raw-unicode-escape']:
    print(n, codecs.lookup(n).name)
try: codecs.lookup('no-such')
except LookupError as e: print(e)
print(codecs.encode('héllo', 'utf-8'), codecs.decode(b'h\xc3\xa9llo', 'utf-8'), codecs.encode('x', 'utf-16'))
print(codecs.getencoder('latin-1')('é'), codecs.getdecoder('utf-8')(b'\xc3\xa9'))
dec = codecs.getincrementaldecoder('utf-8')()
out = []
for b in [b'h', b'\xc3', b'\xa9', b'\xe2\x82', b'\xac!']:
    out.append(dec.decode(b))
print(out, dec.decode(b'', final=True))
dec2 = codecs.getincrementaldecoder('utf-8')('strict')
print(repr(dec2.decode(b'\xe2\x82')), dec2.getstate())
try: dec2.decode(b'', final=True)
except UnicodeDecodeError as e: print(e)
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'), enc.getstate())
enc.reset(); print(enc.encode('c'))
d16 = codecs.getincrementaldecoder('utf-16')()
print(repr(d16.decode(b'\xff')), repr(d16.decode(b'\xfea')), repr(d16.decode(b'\x00b\x00')), d16.getstate())
print(list(codecs.iterdecode([b'a\xc3', b'\xa9b', b'c'], 'utf-8')), list(codecs.iterencode(['a', 'é'], 'latin-1')))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
print(codecs.lookup_error('strict'), codecs.strict_errors)
try: codecs.encode(b'abc', 'utf-8')
except TypeError as e: print(type(e).__name__, e)
print(codecs.decode(b'\\x41\\u20ac', 'unicode_escape'), codecs.encode('a\u20ac', 'raw_unicode_escape'))
def search(name):
    if name == 'myrot':
        return codecs.CodecInfo(lambda s, errors='strict': (s[::-1].encode(), len(s)), lambda b, errors='strict': (bytes(b)[::-1].decode(), len(b)), name='myrot')
    return None
codecs.register(search)
print(codecs.lookup('MyRot').name, 'abc'.encode('myrot'), b'cba'.decode('myrot'), codecs.encode('xy', 'myrot'))
codecs.unregister(search)
try: codecs.lookup('myrot')
except LookupError as e: print(e)
r = codecs.getreader('utf-8')
w = codecs.getwriter('utf-16-le')
print(r.__name__, w.__name__, r.__module__)
