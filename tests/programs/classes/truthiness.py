# classes: __bool__ and the __len__ fallback decide truth in if, while, not, and/or
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("  __bool__", self.on)
        return self.on
    def __repr__(self):
        return "Flag(" + str(self.on) + ")"

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__", self.n)
        return self.n
    def __repr__(self):
        return "Sized(" + str(self.n) + ")"

class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0

class Neither:
    pass

print(bool(Flag(True)), bool(Flag(False)))
print(bool(Sized(3)), bool(Sized(0)))
print(bool(Both()), bool(Neither()))
if Flag(False):
    print("wrong")
else:
    print("false branch")
print(not Flag(True))
print(Flag(False) or "fallback")
print(Flag(True) and "second")
print(Flag(False) and "never")
print([x for x in [Flag(True), Flag(False), Sized(2), Sized(0)] if x])
s = Sized(2)
count = 0
while s:
    s.n -= 1
    count += 1
print("loops", count)
print("yes" if Sized(1) else "no")
print(any([Flag(False), Flag(True)]), all([Sized(1), Flag(False)]))

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)
