# format: f-string expressions, calls, indexing and self-documenting = specifier
items = ["apple", "banana", "cherry"]
d = {"k": 10, "j": 20}
x = 7
print(f"{items[0]} {items[-1].upper()} {len(items)} {items[1][:3]}")
print(f"{d['k'] + d['j']} {sorted(d)} {x % 3} {x // 2} {x ** 2}")
print(f"{x=}", f"{x = }", f"{x*2=}", f"{items[0]=!s}", f"{x=:>5}")
print(f"{x > 5 and 'yes' or 'no'}", f"{x < 5 and 'yes' or 'no'}")
print(f"{min(items)} {max(items, key=len)} {sum([1, 2, 3])}")
name = "World"
greeting = f"Hello, {name}!"
print(greeting, len(greeting))
multi = f"{x}" f"{x + 1}" "plain" f"{x + 2}"
print(multi)
for i in range(3):
    print(f"{i}: {items[i]:<8}|{i * 1.5:5.2f}|{str(i) * i}")
