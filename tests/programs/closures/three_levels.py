# closures: nonlocal through several nesting levels and shadowing at intermediate levels
def level1():
    a = 1
    log = []
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            log.append((a, b))
            return a + b
        r1 = level3()
        r2 = level3()
        return r1, r2, b
    res = level2()
    return res, a, log

print(level1())

def shadow():
    x = "outer"
    def mid():
        x = "mid"
        def inner():
            return x
        return inner()
    def mid2():
        def inner():
            return x
        return inner()
    return mid(), mid2(), x
print(shadow())

def skip_level():
    v = 0
    def middle():
        def deepest():
            nonlocal v
            v += 1
            return v
        return deepest
    d = middle()
    d(); d()
    return v, d()
print(skip_level())

def builder():
    parts = []
    def add(p):
        def commit():
            parts.append(p)
            return len(parts)
        return commit
    c1 = add("x")
    c2 = add("y")
    print(c2(), c1(), c2())
    return parts
print(builder())
