# marshal.dumps/dump argument checks, unmarshallable values and too deep nesting,
# with CPython's exception types and messages.
import io
import marshal

def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('no args', lambda: marshal.dumps())
attempt('3 args', lambda: marshal.dumps(1, 2, 3))
attempt('keyword', lambda: marshal.dumps(1, version=2))
attempt('float version', lambda: marshal.dumps(1, 2.0))
attempt('str version', lambda: marshal.dumps(1, '2'))
attempt('huge version', lambda: marshal.dumps(1, 2**40))
attempt('negative version', lambda: marshal.dumps(1.5, -1))
attempt('bool version', lambda: marshal.dumps(1.5, True))
attempt('version 100', lambda: marshal.dumps('ab', 100))

class Thing:
    pass

class MyInt(int):
    pass

class MyStr(str):
    pass

class MyList(list):
    pass

class MyDict(dict):
    pass

def func():
    pass

unmarshallable = [
    object(), Thing(), Thing, int, print, func, NotImplemented, MyInt(5), MyStr('a'),
    MyList([1]), MyDict(a=1), [1, object()], {'k': Thing()}, (1, (2, func)), {1, 2, Thing},
    range(3), slice(1), iter([]), ValueError('x'), type, 1 .__add__,
]
for i, v in enumerate(unmarshallable):
    attempt(i, lambda: marshal.dumps(v))
    attempt('%d v2' % i, lambda: marshal.dumps(v, 2))

m = memoryview(b'abcd')
attempt('strided view', lambda: marshal.dumps(m[::2]))
attempt('reversed view', lambda: marshal.dumps(m[::-1]))
attempt('single step view', lambda: marshal.dumps(m[1:3]))
attempt('cast view', lambda: marshal.dumps(m.cast('H')))
attempt('2d view', lambda: marshal.dumps(memoryview(bytearray(range(6))).cast('B', (2, 3))))
released = memoryview(b'ab')
released.release()
attempt('released view', lambda: marshal.dumps(released))

deep = []
for i in range(2100):
    deep = [deep]
attempt('deep list', lambda: marshal.dumps(deep))
ok = []
for i in range(1999):
    ok = [ok]
attempt('deep ok', lambda: len(marshal.dumps(ok)))
attempt('deep 2000', lambda: len(marshal.dumps([ok])))
attempt('deep 2001', lambda: len(marshal.dumps([[ok]])))
deep_tuple = ()
for i in range(2100):
    deep_tuple = (deep_tuple,)
attempt('deep tuple in set', lambda: marshal.dumps({deep_tuple}))
attempt('unmarshallable then deep', lambda: marshal.dumps([object(), deep]))
attempt('deep then unmarshallable', lambda: marshal.dumps([deep, object()]))
rec = []
rec.append(rec)
attempt('recursive v2', lambda: marshal.dumps(rec, 2))
attempt('recursive v3', lambda: marshal.dumps(rec, 3))
rd = {}
rd[1] = rd
attempt('recursive dict v1', lambda: marshal.dumps(rd, 1))

attempt('dump no args', lambda: marshal.dump())
attempt('dump 1 arg', lambda: marshal.dump(1))
attempt('dump 4 args', lambda: marshal.dump(1, io.BytesIO(), 2, 3))
attempt('dump keyword', lambda: marshal.dump(1, file=io.BytesIO()))
attempt('dump no write', lambda: marshal.dump(1, 5))
attempt('dump unmarshallable first', lambda: marshal.dump(object(), 5))
attempt('dump bad version', lambda: marshal.dump(1, io.BytesIO(), 'x'))
attempt('load no args', lambda: marshal.load())
attempt('load 2 args', lambda: marshal.load(io.BytesIO(), 1))
attempt('load no read', lambda: marshal.load(5))
attempt('load text file', lambda: marshal.load(io.StringIO('N')))
