# strings: partition, rpartition, multiplication, concatenation and comparison
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a.b.c".partition("."), "a.b.c".rpartition("."))
print("ab" * 3, 3 * "xy", "z" * 0, "q" * -2, "-" * 20)
s = "abc"
s += "def"
s *= 2
print(s)
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "abc" == "abc", "abc" != "abd")
print("Z" < "a", "" < "a", "abc" > "abd", "b" > "abc", "abc" <= "abc", "abd" >= "abc")
print(sorted(["pear", "Apple", "banana", "apple", "cherry", "Banana"]))
print(max("hello"), min("hello"), sorted("hello"))
print(min(["b", "a", "c"]), max(["zz", "z", "zzz"]))
print(str(123) + str(4.5) + str(True) + str(None))
print(len(""), len("a" * 100), "abc"[1] * 3)
words = ["x", "yy", "zzz"]
out = ""
for w in words:
    out = out + w + "/"
print(out)
