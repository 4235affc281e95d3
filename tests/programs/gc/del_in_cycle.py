import gc


class R:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("del", self.name, "peer is", self.peer.name if self.peer else None)


def build():
    a = R("a")
    b = R("b")
    a.peer = b
    b.peer = a


gc.disable()
build()
print("before collect")
n = gc.collect()
print("collected", n)


# A finalizer runs once even if the object is resurrected.
keep = []


class Phoenix:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("phoenix __del__")
        keep.append(self)


Phoenix()
print(gc.collect())
print(len(keep), gc.is_finalized(keep[0]))
keep[0].me = None
keep.clear()
print("cleared")
print(gc.collect())
print("end")
