# format: nested replacement fields inside format specs, {x:>{w}} and {x:{fill}^{w}.{p}f}
w = 10
p = 3
items = [("apple", 1.5), ("kiwi", 0.25), ("watermelon", 12.125)]
for name, price in items:
    print(f"|{name:>{w}}|{price:>{w}.{p}f}|{name:<{w - 3}}|")
for width in range(1, 8):
    print(f"[{'*':>{width}}]", f"[{width:0{width}d}]")
fill = "."
print(f"{3.14159:{fill}^{w}.{p}f}")
align = "<"
print(f"{'left':{align}{w}}|", f"{'left':{'>'}{w}}|")
header = f"{'Name':<12}{'Qty':>5}{'Price':>10}"
print(header)
print("-" * len(header))
rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 100.0)]
total = 0.0
for n, q, pr in rows:
    total += q * pr
    print(f"{n:<12}{q:>5}{pr:>10.2f}")
print(f"{'Total':<17}{total:>10.2f}")
spec = ">8"
print(f"[{42:{spec}}]", "[{0:{1}}]".format(42, spec))
