# format: str.format with positional, keyword, numbered fields and format specs
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age} years".format(name="Bob", age=42))
print("{0} {x} {1}".format(10, 20, x="mid"))
print("{:>6}|{:<6}|{:^6}|{:06.2f}".format("r", "l", "c", 3.14159))
print("{0:x} {0:o} {0:b} {0:#X}".format(3054))
print("{:,} {:.1%} {:e}".format(10 ** 9, 0.256, 12345.678))
print("{{}} {{{}}}".format("in braces"))
data = [3, 1, 4]
print("{0[0]} {0[2]} {1[k]}".format(data, {"k": "dict value"}))
print("{:{}}|{:>{}}|".format("w", 4, "v", 3))
t = (1, 2)
print("{0} {1}".format(t[0], t[1]), "{0[1]}".format(t))
template = "{:<8}{:>8.2f}"
for name, val in [("one", 1), ("pi", 3.14159), ("big", 12345.678)]:
    print(template.format(name, val))
print("{!r:>8}".format("q"), "{:s}".format("plain"), "{}".format(None), "{}".format([1, "a"]))
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError:", e)
try:
    print("{missing}".format(x=1))
except KeyError as e:
    print("KeyError:", e)
