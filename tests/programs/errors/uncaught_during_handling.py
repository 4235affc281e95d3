# errors: an exception raised in an except clause of another function ends the program (chained traceback)
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return fallback(key)

def fallback(key):
    print("falling back for", key)
    return int(key)

print(lookup({"1": 1}, "1"))
print(lookup({}, "2"))
print(lookup({}, "three"))
