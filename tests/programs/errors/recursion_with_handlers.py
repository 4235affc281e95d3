# errors: RecursionError raised at the same depth when every frame has handlers, caught at the innermost frame
count = 0
def dive():
    global count
    count += 1
    try:
        dive()
    except RecursionError:
        return "caught at depth %d" % count
    finally:
        count += 0

print(dive())
count = 0
print(dive())

def dive_keyerror(n):
    try:
        return dive_keyerror(n + 1)
    except KeyError:
        return -1

try:
    dive_keyerror(0)
except RecursionError as e:
    print("propagated:", e)

depth = 0
def measure():
    global depth
    depth += 1
    measure()

try:
    measure()
except RecursionError:
    print("frames before the error:", depth)
measure()
