# closures: nested functions and lambdas inside methods capturing self and locals
class Inventory:
    def __init__(self):
        self.items = {}

    def adder(self, category):
        def add(name, qty=1):
            key = category + ":" + name
            self.items[key] = self.items.get(key, 0) + qty
            return self.items[key]
        return add

    def filter_by(self, min_qty):
        return sorted(k for k, v in self.items.items() if v >= min_qty)

    def sorter(self):
        return lambda key: (-self.items[key], key)

inv = Inventory()
fruit = inv.adder("fruit")
tool = inv.adder("tool")
print(fruit("apple"), fruit("apple", 4), fruit("pear", 2))
print(tool("hammer"), tool("saw", 3))
print(inv.filter_by(2))
print(sorted(inv.items, key=inv.sorter()))

class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []
        self.clicks = 0

    def on_click(self, fn):
        self.handlers.append(fn)

    def click(self):
        self.clicks += 1
        return [h(self) for h in self.handlers]

def make_logger(prefix):
    def log(button):
        return prefix + button.label + "#" + str(button.clicks)
    return log

b = Button("OK")
b.on_click(make_logger("A:"))
b.on_click(make_logger("B:"))
b.on_click(lambda btn: btn.clicks * 100)
print(b.click())
print(b.click())
