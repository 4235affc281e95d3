# match: mapping patterns match subsets of keys, capture values and collect the rest with **
def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return "click at " + str((x, y))
        case {"type": "key", "key": "q" | "Q"}:
            return "quit"
        case {"type": "key", "key": k, **mods} if mods:
            return "key " + k + " with " + str(sorted(mods))
        case {"type": "key", "key": k}:
            return "key " + k
        case {"type": str(t)}:
            return "unknown type " + t
        case {}:
            return "no type field"
    return "not a mapping"

events = [
    {"type": "click", "x": 1, "y": 2},
    {"type": "click", "x": 1, "y": 2, "button": "left"},
    {"type": "key", "key": "q"},
    {"type": "key", "key": "a", "shift": True, "ctrl": False},
    {"type": "key", "key": "b"},
    {"type": "scroll", "dy": -3},
    {"type": 5},
    {"other": 1},
    {},
    [("type", "click")],
    "click",
]
for e in events:
    print(handle(e))

def config(c):
    match c:
        case {"version": 1, "name": name}:
            return "v1 " + name
        case {"version": 2, "settings": {"debug": True, **rest}}:
            return "v2 debug, rest=" + repr(rest)
        case {"version": 2, "settings": {"debug": False}}:
            return "v2 quiet"
        case {"version": v}:
            return "unsupported version " + repr(v)
    return "invalid"

print(config({"version": 1, "name": "x"}))
print(config({"version": 2, "settings": {"debug": True, "level": 3}}))
print(config({"version": 2, "settings": {"debug": False, "level": 3}}))
print(config({"version": 3}))
print(config({"name": "no version"}))

class DefaultLookup(dict):
    def __missing__(self, key):
        return "default"
match DefaultLookup(a=1):
    case {"b": val}:
        print("matched b", val)
    case {"a": val}:
        print("matched a", val)
