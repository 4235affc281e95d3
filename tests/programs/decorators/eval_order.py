# decorators: decorator expressions are evaluated top-down before the def, then applied bottom-up
log = []
def make(name):
    log.append("make " + name)
    def deco(fn):
        log.append("apply " + name + " to " + getattr(fn, "__name__", "?"))
        def w():
            return name + "(" + fn() + ")"
        w.__name__ = name + "_" + fn.__name__
        return w
    return deco

@make("outer")
@make("middle")
@make("inner")
def base():
    return "base"

for line in log:
    print(line)
print(base(), base.__name__)

class Holder:
    def __init__(self):
        self.decos = {"x": make("x"), "y": make("y")}

h = Holder()
log.clear()

@h.decos["x"]
@(lambda fn: make("lam")(fn))
def other():
    return "o"

print(log)
print(other())
