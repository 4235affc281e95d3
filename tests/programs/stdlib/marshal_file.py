# marshal.dump and marshal.load with file objects: dump calls write once and
# returns its result; load calls read(0), then readinto for exactly the bytes it
# needs, so several values can be read in turn.
import io
import marshal

buf = io.BytesIO()
print(marshal.dump([1, 'a', (2.5, None)], buf))
print(marshal.dump(1.5, buf, 1))
print(marshal.dump({'key': b'value'}, buf, 2))
print(marshal.dump('end', buf))
print(buf.getvalue())
buf.seek(0)
for i in range(4):
    print(repr(marshal.load(buf)), buf.tell())
try:
    marshal.load(buf)
except EOFError as e:
    print('EOFError', e)

class Writer:
    def __init__(self):
        self.chunks = []
    def write(self, data):
        self.chunks.append(data)
        return 'written %d' % len(data)

w = Writer()
print(marshal.dump((1, 'two', 3.0), w))
print(w.chunks)

class Reader:
    """Reports each call; readinto fills the memoryview it is given."""
    def __init__(self, data):
        self.data = data
    def read(self, n):
        print('read', n)
        return self.data[:n]
    def readinto(self, view):
        n = min(len(view), len(self.data))
        print('readinto', type(view).__name__, len(view), view.readonly, view.format)
        view[:n] = self.data[:n]
        self.data = self.data[n:]
        return n

print(marshal.load(Reader(marshal.dumps([5, 'xy', b'z', 1.5]))))
print(marshal.load(Reader(marshal.dumps({1: frozenset()}, 2))))

class NoReadinto:
    def read(self, n):
        return b''

class BadResult(Reader):
    def readinto(self, view):
        return None

class TooMuch(Reader):
    def readinto(self, view):
        return len(view) + 1

class Huge(Reader):
    def readinto(self, view):
        return 2**70

class Raises(Reader):
    def readinto(self, view):
        raise KeyError('boom')

class TextRead:
    def read(self, n):
        return ''

class ListRead:
    def read(self, n):
        return [n]

data = b'[\x01\x00\x00\x00i\x05\x00\x00\x00'
for f in [NoReadinto(), BadResult(data), TooMuch(data), Huge(data), Raises(data), TextRead(), ListRead()]:
    try:
        print(marshal.load(f))
    except Exception as e:
        print(type(f).__name__, type(e).__name__, e)

for data in [b'', b'i\x01', b'z\x05ab', b')', b'[\x02\x00\x00\x00N', b'f\x03', b'0', b'\x80']:
    try:
        print(marshal.load(io.BytesIO(data)))
    except Exception as e:
        print(repr(data), type(e).__name__, e)

f = io.BytesIO(marshal.dumps(['x'] * 3) + b'N')
print(marshal.load(f), marshal.load(f), f.read())
