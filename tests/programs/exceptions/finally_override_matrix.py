# exceptions: return/break/continue/raise in try, except and finally overriding each other
def a():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(a())

def b():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i == 1:
                break
    return "b done " + str(i)
try:
    print(b())
except ValueError as e:
    print("b raised", e)

def c():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            continue
    return "c done"
print(c())

def d():
    try:
        try:
            return "inner"
        finally:
            print("inner fin")
    finally:
        print("outer fin")
print(d())

def e():
    try:
        try:
            return "inner"
        finally:
            return "middle"
    finally:
        print("outer fin e")
print(e())

def f():
    try:
        raise KeyError("k")
    except KeyError:
        return "from except"
    finally:
        print("f fin")
print(f())

def g():
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("from handler")
    finally:
        print("g fin")
try:
    g()
except ValueError as ex:
    print("g:", ex)

def h():
    try:
        raise KeyError("k")
    finally:
        raise ValueError("from finally")
try:
    h()
except ValueError as ex:
    print("h:", ex)
except KeyError as ex:
    print("h key:", ex)

def i():
    x = []
    for n in range(4):
        try:
            if n % 2:
                continue
            x.append(n)
        finally:
            x.append(-n)
    else:
        x.append(99)
    return x
print(i())

def j():
    n = 0
    while n < 5:
        n += 1
        try:
            if n == 2:
                continue
            if n == 4:
                break
        except Exception:
            pass
        else:
            print("j else", n)
        finally:
            print("j fin", n)
    else:
        print("j while-else")
    return n
print(j())

def k():
    try:
        pass
    finally:
        try:
            raise ValueError("in finally")
        except ValueError as ex:
            print("k caught", ex)
    return "k ok"
print(k())

def l():
    try:
        return 1
    finally:
        try:
            return 2
        finally:
            print("l inner fin")
print(l())

def m():
    r = []
    for x in range(3):
        for y in range(3):
            try:
                if y == 1:
                    break
                r.append((x, y))
            finally:
                r.append("f")
    return r
print(m())

def n():
    try:
        raise ValueError("a")
    except ValueError as ex:
        try:
            raise TypeError("b")
        except TypeError as ex2:
            print("inner", ex2)
        print("outer still", ex)
        raise
try:
    n()
except ValueError as ex:
    print("n:", ex)

def o():
    try:
        return "try"
    finally:
        print("o fin")
        x = 1
print(o())

def p(v):
    try:
        if v:
            raise ValueError
    except ValueError:
        print("p caught class")
        return
    print("p normal")
p(1); p(0)

def q():
    while True:
        try:
            try:
                raise ValueError("q")
            finally:
                break
        except ValueError:
            print("not reached")
    return "q done"
print(q())
