# misc: assignment expressions in while conditions, if tests, call arguments and nested expressions
data = [5, 3, 0, 8, 2]
it = iter(data)
while (item := next(it, None)) is not None:
    print("item", item)
print("final item", item)

lines = ["alpha", "", "beta", "gamma", "stop", "delta"]
pos = 0
collected = []
while (line := lines[pos]) != "stop":
    pos += 1
    if not line:
        continue
    collected.append(line.upper())
print(collected, pos)

def parse(text):
    if (n := len(text)) > 5:
        return "long (" + str(n) + ")"
    elif n == 0:
        return "empty"
    return "short (" + str(n) + ")"

print(parse("abcdefg"), parse(""), parse("abc"))
values = {"a": 1, "b": None}
for key in ["a", "b", "c"]:
    if (v := values.get(key)) is not None:
        print(key, "has", v)
    else:
        print(key, "missing or None:", v)

print((y := 10) + y, y)
print([y := y + 1, y + 100], y)
total = 0
print(max(total := 5, 3), total)

def chunks(seq, n):
    i = 0
    while chunk := seq[i:i + n]:
        yield chunk
        i += n
print(list(chunks("abcdefgh", 3)))
balance = 100
withdrawals = [30, 50, 40]
for w in withdrawals:
    if (remaining := balance - w) < 0:
        print("cannot withdraw", w, "would leave", remaining)
        break
    balance = remaining
print(balance)
