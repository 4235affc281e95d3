# generators: an exception raised while iterating a generator escapes uncaught
def parse_numbers(items):
    for item in items:
        yield int(item)

def safe_numbers(items):
    for item in items:
        try:
            yield int(item)
        except ValueError:
            yield 0

values = ["1", "22", "333"]
print(sum(parse_numbers(values)))
print(list(parse_numbers(["7", "8"])))
print(list(safe_numbers(["5", "five", "6"])))
total = 0
for n in parse_numbers(["10", "20", "thirty", "40"]):
    total += n
    print("running total", total)
print("unreachable", total)
