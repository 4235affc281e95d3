# bytes: an uncaught BufferError from resizing a bytearray that a memoryview looks at
data = bytearray(b"abc")
view = memoryview(data)
print(view[0], len(view))
data.extend(b"def")
print("not reached")
