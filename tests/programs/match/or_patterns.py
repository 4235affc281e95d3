# match: or-patterns combining literals, sequences and classes, with the same names bound in each branch
def weekday(d):
    match d.lower():
        case "sat" | "sun":
            return "weekend"
        case "mon" | "tue" | "wed" | "thu" | "fri":
            return "weekday"
        case _:
            return "invalid"

print([weekday(d) for d in ["Mon", "sat", "SUN", "fri", "xyz"]])

def normalize(cmd):
    match cmd:
        case ["go" | "move" | "walk", ("north" | "south" | "east" | "west") as direction]:
            return "move " + direction
        case ["go" | "move", _]:
            return "bad direction"
        case ("quit" | "exit",) | "q":
            return "quit"
        case [("pick" | "take"), item] | [("pick" | "take"), "up", item]:
            return "take " + item
        case [x, y] | [x, y, _]:
            return "generic " + x + "/" + y
    return "unknown"

for c in [["go", "north"], ["walk", "west"], ["move", "up"], ("exit",), "q", ["take", "lamp"],
          ["pick", "up", "sword"], ["look", "around"], ["a", "b", "c"], ["single"]]:
    print(c, "->", normalize(c))

def number_kind(n):
    match n:
        case 0 | 0.0:
            return "zero"
        case 1 | 2 | 3 | 5 | 7 | 11 | 13:
            return "small prime"
        case int() | float() if n < 0:
            return "negative"
        case int(v) | float(v):
            return "number " + str(v)
    return "not a number"

print([number_kind(x) for x in [0, 0.0, 7, 4, -2, -0.5, 2.5, "7"]])
