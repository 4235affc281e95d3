# strings: iterating characters, building strings, ord/chr arithmetic and caesar shift
def caesar(text, shift):
    out = ""
    for ch in text:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - ord("a") + shift) % 26 + ord("a"))
        elif "A" <= ch <= "Z":
            out += chr((ord(ch) - ord("A") + shift) % 26 + ord("A"))
        else:
            out += ch
    return out

msg = "Hello, World! xyz"
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 13), caesar(caesar(msg, 13), 13) == msg)
vowels = 0
for ch in msg.lower():
    if ch in "aeiou":
        vowels += 1
print("vowels", vowels)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
for i, ch in enumerate("abc"):
    print(i, ch, ord(ch))
print(list("hey"), tuple("ab"), sorted("banana"))
rev = ""
for ch in reversed("stressed"):
    rev += ch
print(rev)
for a, b in zip("abc", "xyz"):
    print(a + b, end=" ")
print()
