# BytesIO.getbuffer(): a writable view sharing the stream's bytes; while one is exported,
# write/truncate/close/writelines raise BufferError; pickle with protocols 4 and 5
# (framing reads the frame through getbuffer()).
import io, pickle
b = io.BytesIO(b"hello world")
b.seek(6)
v = b.getbuffer()
print(type(v).__name__, len(v), bytes(v), v.readonly)
v[0] = ord("J")
print(b.getvalue(), b.read())
for op in (lambda: b.write(b"x"), lambda: b.truncate(2), lambda: b.close(), lambda: b.writelines([b"a"])):
    try:
        op()
    except BufferError as e:
        print("BufferError", e)
print(b.tell(), b.seek(0, 2), b.closed)
v2 = b.getbuffer()
v.release()
try: b.write(b"x")
except BufferError as e: print("still", e)
v2.release()
print(b.write(b"!"), b.getvalue())
w = b.getbuffer()
del w
b.seek(0); print(b.read(5), b.readline())
b.close()
try: b.getbuffer()
except ValueError as e: print(e)
for proto in range(6):
    d = pickle.dumps([1, (2, 3), "x" * 3, {4: 5}], proto)
    print(proto, pickle.loads(d))
