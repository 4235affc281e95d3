# match: guards are checked after a pattern binds, and a failing guard moves on to the next case
calls = []
def check(label, result):
    calls.append(label)
    return result

def grade(score):
    match score:
        case int(s) if s < 0 or s > 100:
            return "invalid"
        case s if s >= 90:
            return "A"
        case s if s >= 80:
            return "B"
        case s if s >= 70:
            return "C"
        case _:
            return "F"

print([grade(s) for s in [95, 90, 85, 71, 50, -1, 101]])

def ordered(pair):
    match pair:
        case (a, b) if check("lt", a < b):
            return "ascending"
        case (a, b) if check("gt", a > b):
            return "descending"
        case (a, b):
            return "equal"
        case _:
            return "not a pair"

print(ordered((1, 2)), ordered((5, 3)), ordered((4, 4)), ordered((1, 2, 3)))
print(calls)

def bindings_survive_failed_guard(x):
    match x:
        case [a, b] if a > 100:
            return "big"
        case _:
            return "fallthrough"

print(bindings_survive_failed_guard([1, 2]))

def dispatch(msg):
    match msg:
        case {"cmd": "add", "args": [x, y]} if isinstance(x, int) and isinstance(y, int):
            return x + y
        case {"cmd": "add", "args": [x, y]}:
            return str(x) + str(y)
        case {"cmd": "div", "args": [_, 0]}:
            return "division by zero"
        case {"cmd": "div", "args": [x, y]} if x % y == 0:
            return x // y
        case {"cmd": "div", "args": [x, y]}:
            return x / y
    return "?"

for m in [{"cmd": "add", "args": [1, 2]}, {"cmd": "add", "args": ["a", 2]}, {"cmd": "div", "args": [1, 0]},
          {"cmd": "div", "args": [9, 3]}, {"cmd": "div", "args": [7, 2]}, {"cmd": "mul"}]:
    print(dispatch(m))
