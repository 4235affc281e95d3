# errors: an uncaught exception raised `from` a caught one, through several frames
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("cannot parse %r" % text) from e

def total(items):
    return parse(items[0]) + parse(items[1])

print(total(["1", "2"]))
print(total(["3", "four"]))
