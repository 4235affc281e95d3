# exceptions: exceptions propagating through several calls with finally blocks on the way
def level3(x):
    print("level3 start", x)
    if x == 0:
        raise ValueError("x was zero")
    r = 100 // x
    print("level3 end", r)
    return r

def level2(x):
    try:
        return level3(x) + 1
    finally:
        print("level2 finally", x)

def level1(x):
    print("level1 start")
    v = level2(x)
    print("level1 got", v)
    return v * 2

for x in [5, 0, -3]:
    try:
        print("result", level1(x))
    except ValueError as e:
        print("caught at top:", e)

def deep(n):
    if n == 0:
        raise IndexError("bottom reached")
    try:
        deep(n - 1)
    except KeyError:
        print("wrong handler")
    return n

try:
    deep(10)
except IndexError as e:
    print("deep:", e)
def catcher(n):
    try:
        deep(n)
    except IndexError:
        return "caught at depth " + str(n)
print(catcher(3))
