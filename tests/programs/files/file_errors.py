# Errors of open() and of file objects, with CPython's messages.
def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: open("/tmp/krait_test_files_no/such/file.txt"))
attempt(lambda: open("/tmp/krait_test_files_missing.txt"))
attempt(lambda: open("/tmp"))
attempt(lambda: open("/tmp", "w"))
attempt(lambda: open("x", "rw"))
attempt(lambda: open("x", "z"))
attempt(lambda: open("x", "rr"))
attempt(lambda: open("x", "bt"))
attempt(lambda: open("x", "b"))
attempt(lambda: open("x", "rb", encoding="utf-8"))
attempt(lambda: open("x", "rb", newline=""))
attempt(lambda: open("x", "r", newline="x"))
attempt(lambda: open("/tmp/krait_test_files_err.txt", "w", encoding="nope"))
attempt(lambda: open(3.5))
attempt(lambda: open("x", 5))

try:
    open("/tmp/krait_test_files_missing.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args, isinstance(e, OSError))

path = "/tmp/krait_test_files_err.txt"
with open(path, "w") as f:
    f.write("data")
attempt(lambda: open(path, "x"))
f = open(path)
attempt(lambda: f.write("x"))
f.close()
attempt(lambda: f.read())
attempt(lambda: f.readline())
print(f.closed)
g = open(path, "a")
attempt(lambda: g.read())
g.close()
with open(path, "wb") as b:
    b.write(b"\xff\xfe")
attempt(lambda: open(path).read())
e = OSError(2, "No such file or directory")
print(str(e), e.errno, e.filename, repr(e))
print(str(OSError("plain")), OSError("plain").errno)
open("/tmp/krait_test_files_missing.txt")
