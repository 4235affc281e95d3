def inner():
    try:
        while True:
            x = yield "inner"
            print("inner got", x)
    except KeyError:
        print("inner handled KeyError")
        return "inner done"
    finally:
        print("inner finally")
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer"
g = outer()
print(next(g), g.send(1))
print(g.throw(KeyError))
g2 = outer(); next(g2); g2.close(); print("closed")
g3 = outer(); next(g3)
try:
    g3.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e)
