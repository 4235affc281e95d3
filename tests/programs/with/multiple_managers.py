# with: several managers in one statement enter left to right and exit right to left
log = []
class M:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        log.append("exit " + self.name + (" with " + et.__name__ if et else ""))
        return False

with M("a") as a, M("b") as b, M("c") as c:
    log.append("body " + a + b + c)
print(log)
log.clear()

try:
    with M("x") as x, M("y"):
        log.append("body")
        raise KeyError("k")
except KeyError as e:
    log.append("caught " + repr(e))
print(log)
log.clear()

with (M("p") as p,
      M("q") as q):
    log.append("parenthesized " + p + q)
print(log)
log.clear()

with M("outer"):
    with M("inner1"), M("inner2"):
        log.append("deep")
    log.append("between")
print(log)
log.clear()

def use(n):
    with M("f" + str(n)) as tag:
        if n == 0:
            return "early " + tag
        log.append("late")
    return "normal"
print(use(0), use(1))
print(log)
