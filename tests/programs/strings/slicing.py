# strings: negative indices, step slicing, out of range slices and empty results
s = "abcdefghij"
print(s[0], s[-1], s[-10], s[5])
print(s[2:5], s[:3], s[7:], s[:], s[-3:-1], s[-100:3], s[8:100])
print(s[5:2], s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-2:-8:-3])
print(s[100:], s[:-100], s[3:3], repr(s[5:1]))
print(s[::3], s[::10], s[::-10], s[0:10:4])
for i in range(-3, 4):
    print(i, s[i:], s[:i], s[i::2])
word = "racecar"
print(word == word[::-1], "python"[::-1] == "python")
print("a"[0], "ab"[-1], "x"[0:0] == "")
n = len(s)
pieces = []
i = 0
while i < n:
    pieces.append(s[i:i + 3])
    i += 3
print(pieces)
