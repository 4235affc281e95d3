# strings: center, ljust, rjust, zfill with default and explicit fill characters
for w in [0, 3, 8, 9, 10]:
    print("[" + "abc".center(w) + "]", "[" + "abc".ljust(w) + "]", "[" + "abc".rjust(w) + "]")
print("abc".center(9, "*"), "ab".center(7, "-"), "abc".center(6, "."))
print("x".ljust(5, "."), "x".rjust(5, "0"))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
rows = [("apple", 3), ("kiwi", 12), ("banana", 100)]
for name, qty in rows:
    print(name.ljust(10) + str(qty).rjust(5))
print("total".center(15, "="))
