# programs: an inventory system with parsing, validation, restocking and a formatted report
RAW = """widget,4.25,10
gadget,12.50,3
doohickey,0.99,250
sprocket,7.00,0
gizmo,abc,5
thingamabob,15.75,-2
whatsit,2.20,42"""

def parse(raw):
    items = {}
    errors = []
    for lineno, line in enumerate(raw.splitlines(), 1):
        parts = line.split(",")
        try:
            name = parts[0].strip()
            price = float(parts[1])
            qty = int(parts[2])
            if qty < 0:
                raise ValueError(f"negative quantity {qty}")
            items[name] = [price, qty]
        except ValueError as e:
            errors.append((lineno, str(e)))
    return items, errors

items, errors = parse(RAW)
for lineno, msg in errors:
    print(f"line {lineno}: {msg}")
def restock(items, threshold, amount):
    changed = []
    for name in items:
        if items[name][1] < threshold:
            items[name][1] += amount
            changed.append(name)
    return changed
print("restocked:", restock(items, 5, 20))
print(f"{'item':<12}{'price':>8}{'qty':>6}{'value':>10}")
grand = 0.0
for name in sorted(items):
    price, qty = items[name]
    value = price * qty
    grand += value
    print(f"{name:<12}{price:>8.2f}{qty:>6}{value:>10.2f}")
print(f"{'TOTAL':<26}{grand:>10.2f}")
cheapest = min(items, key=len)
print("shortest name:", cheapest, "| highest price entry:", sorted(items.values())[-1])
