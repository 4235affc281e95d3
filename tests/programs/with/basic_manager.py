# with: __enter__ and __exit__ call order, the as-target receiving __enter__'s result
class Tracer:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc)
        return False

with Tracer("a") as value:
    print("body with", value)
print("after first")

with Tracer("b"):
    print("body without as")

class SelfReturning:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, *exc):
        self.log.append("exit")
    def add(self, x):
        self.log.append(x)

with SelfReturning() as s:
    s.add(1)
    s.add(2)
print(s.log)

class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *exc):
        self.level -= 1
    def say(self, text):
        print("    " * self.level + text)

ind = Indenter()
with ind:
    ind.say("level 1")
    with ind:
        ind.say("level 2")
        with ind:
            ind.say("level 3")
        ind.say("back to 2")
    ind.say("back to 1")
ind.say("level 0")

holder = {}
with Tracer("target") as holder["key"]:
    pass
print(holder)
with Tracer("tuple") as (first, *rest):
    print(first, rest)
