# match: a vending machine state machine driven by match on (state, event) tuples and event records
class Event:
    __match_args__ = ("kind", "value")
    def __init__(self, kind, value=None):
        self.kind = kind
        self.value = value
    def __repr__(self):
        return "Event(%r, %r)" % (self.kind, self.value)

class Machine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}

    def __init__(self, stock):
        self.state = "idle"
        self.credit = 0
        self.stock = dict(stock)
        self.sales = []
        self.log = []

    def emit(self, text):
        self.log.append(text)
        print("  [" + self.state + "] " + text)

    def handle(self, event):
        match (self.state, event):
            case ("idle" | "paying", Event("coin", int(amount))) if amount in (5, 10, 25, 100):
                self.credit += amount
                self.state = "paying"
                self.emit("credit " + str(self.credit))
            case (_, Event("coin", amount)):
                self.emit("rejected coin " + repr(amount))
            case ("paying", Event("select", item)) if item not in self.PRICES:
                self.emit("no such item " + repr(item))
            case ("paying", Event("select", item)) if self.stock.get(item, 0) == 0:
                self.emit(item + " sold out")
            case ("paying", Event("select", item)) if self.credit < self.PRICES[item]:
                self.emit("need " + str(self.PRICES[item] - self.credit) + " more for " + item)
            case ("paying", Event("select", item)):
                self.credit -= self.PRICES[item]
                self.stock[item] -= 1
                self.sales.append(item)
                self.state = "vending"
                self.emit("vending " + item)
            case ("vending", Event("take")):
                self.state = "paying" if self.credit else "idle"
                self.emit("item taken")
            case ("paying" | "vending", Event("refund")):
                self.emit("refunding " + str(self.credit))
                self.credit = 0
                self.state = "idle"
            case ("idle", Event("select", item)):
                self.emit("insert coins first")
            case (state, Event("service", {"restock": dict(items)})):
                for k, v in items.items():
                    self.stock[k] = self.stock.get(k, 0) + v
                self.emit("restocked " + str(sorted(items.items())))
            case (state, Event(kind)):
                self.emit("ignored " + kind + " in state " + state)
            case (_, other):
                self.emit("bad event " + repr(other))

m = Machine({"cola": 1, "chips": 2})
script = [
    Event("select", "cola"),
    Event("coin", 25), Event("coin", 3), Event("coin", 100),
    Event("select", "water"), Event("select", "candy"), Event("select", "cola"),
    Event("coin", 25), Event("select", "cola"),
    Event("coin", "token"),
    Event("take"),
    Event("coin", 100), Event("coin", 25),
    Event("select", "cola"), Event("select", "chips"), Event("take"),
    Event("refund"), Event("take"),
    Event("service", {"restock": {"candy": 3, "cola": 1}}),
    "garbage",
    Event("coin", 100), Event("select", "candy"), Event("take"), Event("refund"),
]
for ev in script:
    m.handle(ev)
print(m.state, m.credit, m.stock, m.sales)
print(len(m.log))
