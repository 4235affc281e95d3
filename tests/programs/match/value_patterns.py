# match: dotted names are value patterns compared with ==, unlike bare names which always capture
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Limits:
    LOW = 10
    HIGH = 100

def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.BLUE:
            return "calm"
        case other:
            return "unknown " + other

print([paint(c) for c in ["red", "green", "blue", "pink"]])

def level(n):
    match n:
        case Limits.LOW:
            return "exactly low"
        case Limits.HIGH:
            return "exactly high"
    return "between or outside"

print(level(10), level(100), level(50))
Limits.LOW = 20
print(level(10), level(20))

class Eq:
    def __init__(self, v):
        self.v = v
        self.compared = 0
    def __eq__(self, other):
        self.compared += 1
        return other % 5 == self.v

class Consts:
    FIVE_ISH = Eq(0)

for n in [3, 10, 15, 7]:
    match n:
        case Consts.FIVE_ISH:
            print(n, "divisible by five")
        case _:
            print(n, "not divisible")
print(Consts.FIVE_ISH.compared)
