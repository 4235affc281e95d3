# decorators: an event bus where handlers subscribe through decorators with priorities and filters
class EventBus:
    def __init__(self, name):
        self.name = name
        self.handlers = {}
        self.history = []

    def on(self, event, priority=0, when=None):
        def register(fn):
            entry = (priority, len(self.handlers.get(event, [])), fn, when)
            self.handlers.setdefault(event, []).append(entry)
            return fn
        return register

    def emit(self, event, **payload):
        self.history.append(event)
        entries = sorted(self.handlers.get(event, []), key=lambda e: (-e[0], e[1]))
        results = []
        for priority, _, fn, when in entries:
            if when is not None and not when(payload):
                results.append(fn.__name__ + ":skipped")
                continue
            try:
                out = fn(**payload)
            except StopPropagation as stop:
                results.append(fn.__name__ + ":stopped(" + stop.reason + ")")
                break
            except Exception as e:
                results.append(fn.__name__ + ":error(" + type(e).__name__ + ")")
                continue
            results.append(fn.__name__ + ":" + str(out))
        return results


class StopPropagation(Exception):
    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


bus = EventBus("main")
audit = []

def audited(fn):
    def wrapper(**payload):
        audit.append((fn.__name__, tuple(sorted(payload))))
        return fn(**payload)
    wrapper.__name__ = fn.__name__
    return wrapper

@bus.on("login")
@audited
def greet(user, **_):
    return "welcome " + user

@bus.on("login", priority=10)
def check_banned(user, **_):
    if user == "mallory":
        raise StopPropagation("banned")
    return "ok"

@bus.on("login", priority=5, when=lambda p: p.get("admin"))
def admin_notice(user, admin=False):
    return "admin " + user + " logged in"

@bus.on("purchase")
@audited
def record(user, amount):
    return user + " spent " + str(amount)

@bus.on("purchase", priority=-1)
def bonus(user, amount):
    if amount <= 0:
        raise ValueError("bad amount")
    return "points +" + str(amount // 10)

@bus.on("purchase", priority=3, when=lambda p: p["amount"] > 100)
def big_spender(user, amount):
    return "vip " + user

print(bus.emit("login", user="alice"))
print(bus.emit("login", user="bob", admin=True))
print(bus.emit("login", user="mallory"))
print(bus.emit("purchase", user="alice", amount=50))
print(bus.emit("purchase", user="bob", amount=250))
print(bus.emit("purchase", user="eve", amount=0))
print(bus.emit("logout", user="alice"))
print(bus.history)
for entry in audit:
    print("audit", entry)

counts = {}
for ev in bus.history:
    counts[ev] = counts.get(ev, 0) + 1
print(sorted(counts.items()))
print(sorted((ev, len(hs)) for ev, hs in bus.handlers.items()))
print(greet(user="direct"), check_banned(user="x"))
try:
    check_banned(user="mallory")
except StopPropagation as e:
    print("direct stop:", e.reason, e.args)
