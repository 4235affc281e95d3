# bytes: writing through a memoryview, export locks on bytearray resizing, release and with
def run(label, code):
    ba = bytearray(b"abcdef")
    try:
        code(ba)
        print(label, "->", ba)
    except Exception as e:
        print(label, "->", type(e).__name__, e, ba)

def setter(k, v, view=lambda ba: memoryview(ba)):
    def f(ba):
        m = view(ba)
        m[k] = v
    return f

run("set item", setter(0, 65))
run("set negative", setter(-1, 33))
run("set via slice view", setter(0, 90, lambda ba: memoryview(ba)[2:]))
run("set via reversed view", setter(0, 90, lambda ba: memoryview(ba)[::-1]))
run("set bad value", setter(0, 256))
run("set bytes value", setter(0, b"A"))
run("set out of range", setter(9, 1))
run("set slice", setter(slice(1, 3), b"XY"))
run("set slice wrong size", setter(slice(1, 3), b"XYZ"))
run("set extended slice", setter(slice(None, None, 2), b"123"))
run("set slice bytearray", setter(slice(1, 3), bytearray(b"QQ")))
run("set slice list", setter(slice(1, 3), [1, 2]))
run("set empty slice", setter(slice(2, 2), b""))
run("readonly item", setter(0, 1, lambda ba: memoryview(b"xyz")))
run("readonly slice", setter(slice(0, 1), b"a", lambda ba: memoryview(b"xyz")))
run("readonly view of bytearray", setter(0, 1, lambda ba: memoryview(ba).toreadonly()))

def overlap(ba):
    m = memoryview(ba)
    m[1:3] = m[3:5]
run("set slice overlap", overlap)

def del_item(ba):
    m = memoryview(ba)
    del m[0]
run("del item", del_item)

def exported(action):
    def f(ba):
        m = memoryview(ba)
        action(ba)
    return f

def set_slice(k, v):
    def f(ba):
        ba[k] = v
    return f

def iadd(ba):
    ba += b"x"

def imul(ba):
    ba *= 1

def delete(ba):
    del ba[0]

run("append while exported", exported(lambda ba: ba.append(1)))
run("item while exported", exported(set_slice(0, 65)))
run("same-size slice while exported", exported(set_slice(slice(0, 1), b"A")))
run("resize slice while exported", exported(set_slice(slice(0, 1), b"AB")))
run("iadd while exported", exported(iadd))
run("imul 1 while exported", exported(imul))
run("del while exported", exported(delete))
run("clear while exported", exported(lambda ba: ba.clear()))
run("pop while exported", exported(lambda ba: ba.pop()))
run("extend while exported", exported(lambda ba: ba.extend(b"")))
run("reverse while exported", exported(lambda ba: ba.reverse()))

def after_release(ba):
    m = memoryview(ba)
    m.release()
    ba.append(1)
run("append after release", after_release)

def after_del(ba):
    m = memoryview(ba)
    del m
    ba.append(1)
run("append after del", after_del)

def slice_keeps(ba):
    m = memoryview(ba)
    m2 = m[1:]
    m.release()
    print(m2.tobytes())
    ba.append(1)
run("slice keeps export", slice_keeps)

def slice_released(ba):
    m = memoryview(ba)
    m2 = m[1:]
    m.release()
    m2.release()
    ba.append(1)
run("slice released too", slice_released)

def view_of_view(ba):
    m = memoryview(ba)
    m2 = memoryview(m)
    m.release()
    print(m2[0])
    m2.release()
    ba.append(2)
run("view of view", view_of_view)

def released(op):
    def f(ba):
        m = memoryview(ba)
        m.release()
        m.release()
        print(op(m))
    return f

for label, op in [("index", lambda m: m[0]), ("len", len), ("tobytes", lambda m: m.tobytes()), ("tolist", lambda m: m.tolist()),
                  ("bytes", bytes), ("readonly", lambda m: m.readonly), ("obj", lambda m: m.obj), ("format", lambda m: m.format),
                  ("hash", hash), ("list", list), ("hex", lambda m: m.hex()), ("less", lambda m: m < m), ("bool", bool),
                  ("eq self", lambda m: m == m), ("eq bytes", lambda m: m == b"abcdef"), ("ne bytearray", lambda m: m != bytearray(b"abcdef")),
                  ("slice", lambda m: m[1:]), ("memoryview", memoryview), ("enter", lambda m: m.__enter__())]:
    run("released " + label, released(op))

def with_block(ba):
    with memoryview(ba) as m:
        m[0] = 90
        print(m.tobytes())
    ba.append(33)
    print(len(ba))
    m[0]
run("with", with_block)

def enter_exit(ba):
    m = memoryview(ba)
    print(m.__enter__() is m)
    print(m.__exit__(None, None, None))
    ba.append(1)
run("enter exit", enter_exit)

def iter_change(ba):
    m = memoryview(ba)
    it = iter(m)
    print(next(it))
    ba[1] = 66
    print(next(it), list(it))
run("iter after change", iter_change)

ba = bytearray(b"hello")
m = memoryview(ba)
m[0] = ord("J")
print(ba, bytes(m), m.tobytes() == bytes(ba))
ba[4] = ord("y")
print(m.tobytes(), m[4])
