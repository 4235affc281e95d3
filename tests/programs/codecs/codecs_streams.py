# codecs.open, getreader/getwriter over binary files, and the encodings package.
import codecs
p = '/tmp/krait_codecs_test_%d.txt' % 7
with codecs.open(p, 'w', encoding='utf-8') as f:
    f.write('héllo\nwörld €\n')
with codecs.open(p, 'r', encoding='utf-8') as f:
    print(repr(f.read()))
with codecs.open(p, 'r', 'utf-8') as f:
    print(f.readlines())
with open(p, 'wb') as raw:
    w = codecs.getwriter('utf-16')(raw)
    w.write('ab€'); w.write('c')
with open(p, 'rb') as raw:
    data = raw.read()
    print(data)
with open(p, 'rb') as raw:
    r = codecs.getreader('utf-16')(raw)
    print(repr(r.read()))

import encodings
print(encodings.normalize_encoding('UTF 8'), codecs.lookup('latin-1').name)
