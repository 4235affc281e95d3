# match: too many positional subpatterns for a class without __match_args__ is an uncaught TypeError
class Plain:
    def __init__(self, a):
        self.a = a

class WithArgs:
    __match_args__ = ("a",)
    def __init__(self, a):
        self.a = a

for obj in [WithArgs(1), WithArgs(2), Plain(3)]:
    match obj:
        case WithArgs(1):
            print("WithArgs one")
        case WithArgs(x):
            print("WithArgs", x)
        case Plain(a=a):
            print("Plain via keyword", a)
match Plain(4):
    case Plain(value):
        print("never printed", value)
