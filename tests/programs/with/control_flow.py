# with: return, break and continue inside a with body still call __exit__
events = []
class Guard:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        events.append("enter " + self.tag)
        return self
    def __exit__(self, *exc):
        events.append("exit " + self.tag)
        return False

def early_return(x):
    with Guard("ret"):
        if x:
            return "early"
        events.append("not early")
    return "late"

print(early_return(True), early_return(False))
print(events)
events.clear()

for i in range(5):
    with Guard("loop" + str(i)):
        if i == 1:
            continue
        if i == 3:
            break
        events.append("body" + str(i))
print(events)
events.clear()

def nested_returns():
    with Guard("a"):
        with Guard("b"):
            try:
                return "from try"
            finally:
                events.append("finally")
print(nested_returns())
print(events)
events.clear()

def gen():
    with Guard("gen"):
        yield 1
        yield 2
    events.append("gen end")

for v in gen():
    events.append("got " + str(v))
print(events)
events.clear()
g = gen()
next(g)
g.close()
print(events)
events.clear()

n = 0
while True:
    with Guard("w"):
        n += 1
        if n >= 2:
            break
print(n, events)
