# open() for text files: write, read, readline(s), iteration, append, seek/tell, with.
path = "/tmp/krait_test_files_text.txt"

with open(path, "w") as f:
    print(type(f).__name__, f.name, f.mode, f.encoding, f.closed)
    print(f.write("first line\n"))
    f.write("second line\nthird")
    f.writelines(["\n", "fourth\n"])
print(f.closed)

f = open(path)
print(repr(f.read()))
print(f.tell())
f.seek(0)
print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
print(f.readlines())
print(repr(f.read()), repr(f.readline()))
f.close()
f.close()

with open(path, "a") as f:
    f.write("appended\n")
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path, encoding="utf-8") as f:
    print(repr(f.read(5)), repr(f.read(0)), f.tell())
    print(next(f))

# Unicode and latin-1.
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo wörld ✓\n")
with open(path, "rb") as f:
    raw = f.read()
print(raw, len(raw))
with open(path, encoding="latin-1") as f:
    print(repr(f.read()))
with open(path, "w", encoding="latin-1") as f:
    f.write("café\n")
with open(path, "rb") as f:
    print(f.read())

# Universal newlines on reading; newline="" keeps them.
with open(path, "wb") as f:
    f.write(b"a\r\nb\rc\nd")
with open(path) as f:
    print(f.readlines())
with open(path, newline="") as f:
    print(f.readlines())
with open(path, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(path, "rb") as f:
    print(f.read())

# r+ reads and writes the same file.
with open(path, "w") as f:
    f.write("0123456789")
with open(path, "r+") as f:
    print(f.read(3))
    f.seek(5)
    f.write("ab")
    f.seek(0)
    print(f.read())
print(open(path).read())
