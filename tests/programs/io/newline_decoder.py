# _io.IncrementalNewlineDecoder: translation, a \r split across calls, state.
import _io

d = _io.IncrementalNewlineDecoder(None, True)
print(repr(d.decode("a\r")), d.getstate())
print(repr(d.decode("\nb")), d.getstate())
print(repr(d.decode("c\rd\r\n")), repr(d.decode("")), repr(d.decode("", final=True)))
print(repr(d.decode("end\r", final=True)), d.newlines)
d.reset()
print(d.newlines, d.getstate())

k = _io.IncrementalNewlineDecoder(None, False)
print(repr(k.decode("x\r")), k.getstate(), repr(k.decode("")), repr(k.decode("y")), k.newlines)
k.setstate((b"", 1))
print(repr(k.decode("\n")), k.newlines)
for text in ["a\nb", "a\rb", "a\r\nb", "a\r\nb\nc\rd"]:
    n = _io.IncrementalNewlineDecoder(None, False)
    n.decode(text, final=True)
    print(repr(text), n.newlines)
try:
    k.decode(b"bytes")
except TypeError as e:
    print("TypeError", e)


class Utf8:
    def __init__(self):
        self.pending = b""

    def decode(self, data, final=False):
        data = self.pending + data
        self.pending = b""
        return data.decode("utf-8")

    def getstate(self):
        return (self.pending, 3)

    def setstate(self, state):
        print("setstate", state)

    def reset(self):
        print("reset")


u = _io.IncrementalNewlineDecoder(Utf8(), True)
print(repr(u.decode(b"caf\xc3\xa9\r")), u.getstate())
print(repr(u.decode(b"\n", final=True)))
u.setstate((b"", 5))
u.reset()
