# errors: uncaught KeyError for a missing string key inside a function
def lookup(table, key):
    print("looking up", key)
    return table[key]

prices = {"apple": 3, "pear": 4}
print(lookup(prices, "apple"))
print(lookup(prices, "banana"))
