# with: exceptions inside the body reach __exit__, propagate when not suppressed, and interact with finally
class Logged:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        self.log.append(self.name + ":enter")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append(self.name + ":exit(" + (et.__name__ if et else "None") + ")")

log = []
try:
    with Logged("A", log):
        log.append("body")
        raise ValueError("bad")
except ValueError as e:
    log.append("handler " + str(e))
finally:
    log.append("finally")
print(log)

log = []
def risky(n):
    with Logged("R" + str(n), log):
        if n % 2:
            raise TypeError("odd " + str(n))
        return n * 10

for n in range(4):
    try:
        print("result", risky(n))
    except TypeError as e:
        print("TypeError:", e)
print(log)

class Cleanup:
    def __init__(self):
        self.resources = []
    def __enter__(self):
        return self.resources
    def __exit__(self, et, ev, tb):
        print("  releasing", self.resources, "due to", et.__name__ if et else "normal exit")
        self.resources.clear()

for fail in [False, True]:
    try:
        with Cleanup() as res:
            res.append("db")
            res.append("file")
            if fail:
                raise ConnectionError("lost")
            print("  work done with", res)
    except ConnectionError as e:
        print("handled", e)

log = []
try:
    with Logged("outer", log):
        try:
            with Logged("inner", log):
                raise KeyError("deep")
        except KeyError:
            log.append("inner handler")
            raise IndexError("rethrown")
except IndexError as e:
    log.append("outer handler " + str(e))
print(log)
