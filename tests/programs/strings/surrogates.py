# Lone surrogates in str: literals, chr/ord, repr and ascii, code-point order, the
# surrogateescape and surrogatepass handlers of the UTF codecs, os.fsencode/fsdecode,
# translate/maketrans, formatting, re, hashing, and stderr's backslashreplace.
import os, codecs
x = "\udc80"
print(len(x), ascii(x), ord(x), repr(x))
y = "a\ud800\udc00b"
print(len(y), ascii(y), [hex(ord(c)) for c in y])
print(chr(0xdcff) == '\udcff', '\ud800' < '\ue000', '\ud800' > '\ud7ff', sorted(['\U00010000', '\ud800', '\uffff']) )
b = b'-\xff\x80abc'.decode('utf-8', 'surrogateescape')
print(ascii(b), b.encode('utf-8', 'surrogateescape'))
try:
    b.encode('utf-8')
except UnicodeEncodeError as e:
    print(e)
print(ascii('\ud800'.encode('utf-8', 'surrogatepass')), ascii(b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')))
print('\udc80'.encode('utf-16-le', 'surrogatepass'), '\udc80'.encode('utf-32', 'surrogatepass'))
print(ascii(b'\x00\xd8'.decode('utf-16-le', 'surrogatepass')))
print('\udc80abc'.encode('utf-8', 'replace'), '\udc80abc'.encode('utf-8', 'backslashreplace'), '\udc80'.encode('ascii', 'xmlcharrefreplace'))
print(os.fsencode('\udcffx'), ascii(os.fsdecode(b'\xffx')))
print(ascii('\udcff'.upper()), '\udcff'.isprintable(), '\udcff'.isalpha())
print(ascii('x\udcffy'[1:]), ascii('-'.join(['\udc80', 'a'])), ascii(f"{x}!"), ascii('%s|%c' % (x, 0xdc81)), ascii(format(0xd900, 'c')))
print(ascii('\udc80abc'.translate({0xdc80: 'Z'})), ascii(str.maketrans('\udc80', 'q')))
print(codecs.unicode_escape_encode('\udc80'), ascii(codecs.unicode_escape_decode(b'\\udc80')[0]))
import re
print(re.findall('[\ud800-\udfff]', 'a\udc80b\ud900'), ascii(re.sub('\udc80', 'X', 'a\udc80')))
print(hash('\udc80') == hash(chr(0xdc80)), {'\udc80': 1}[chr(0xdc80)])
import sys
# stderr writes lone surrogates backslash-escaped (its error handler).
print('\udc80', file=sys.stderr)
# A handler registered by name sees the stand-in as the surrogate.
codecs.register_error('mark', lambda e: ('<%x>' % ord(e.object[e.start]), e.end))
print('a\udcffb'.encode('ascii', 'mark'), b'a\xffb'.decode('ascii', 'surrogateescape') == 'a\udcffb')
print(codecs.lookup_error('surrogateescape')(UnicodeDecodeError('utf-8', b'\xfe\xff', 0, 2, 'x')))
print(codecs.lookup_error('surrogatepass')(UnicodeEncodeError('utf-8', '\ud800', 0, 1, 'x')))
try:
    '\ud800'.encode('latin-1', 'surrogateescape')
except UnicodeEncodeError as e:
    print(e)
