# print: printing containers, nested structures and long lines built in loops
print(list(range(50)))
print(tuple(range(20, 0, -1)))
d = {}
for i in range(15):
    d[str(i)] = i * i
print(d)
print([[0, 0]], [[], [[]], [[], []]])
line = ""
for i in range(100):
    line += str(i % 10)
print(line)
print("=" * 79)
print(1, 2.0, "3", [4], (5,), {6: 7}, None, True, sep="; ")
