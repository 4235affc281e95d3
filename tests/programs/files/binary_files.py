# open() for binary files.
path = "/tmp/krait_test_files_binary.bin"
with open(path, "wb") as f:
    print(type(f).__name__, f.mode, f.name)
    print(f.write(bytes(range(10))))
    print(f.write(b"\n\xff\x00end\n"))
with open(path, "rb") as f:
    print(type(f).__name__)
    print(f.read(4), f.tell())
    print(f.readline())
    print(f.readlines())
    f.seek(-4, 2)
    print(f.read())
    f.seek(2)
    f.seek(3, 1)
    print(f.read(2))
    print(f.read(), f.read())
with open(path, "r+b") as f:
    print(type(f).__name__, f.mode)
    f.seek(0)
    f.write(b"AB")
    f.seek(0)
    print(f.read(5))
with open(path, "ab") as f:
    f.write(b"tail")
with open(path, "rb") as f:
    print(list(f))
try:
    with open(path, "wb") as f:
        f.write("text")
except TypeError as e:
    print("TypeError", e)
