# strings: code-point indexing, slicing and len of non-ASCII text
s = "héllo wörld ☃ 日本語 😀!"
print(len(s))
print(s[0], s[1], s[4], s[7], s[12], s[14], s[16], s[18], s[-1], s[-2])
print(s[1:5], s[6:11], s[14:17], s[-3:], s[:-3])
print(s[::-1])
print(s[::2], s[1::3], s[-1:-6:-1])
for i in range(len(s)):
    if ord(s[i]) > 127:
        print(i, s[i], ord(s[i]))
emoji = "😀😁😂"
print(len(emoji), emoji[1], emoji[::-1], emoji[1:])
print(chr(9731), chr(0x1F600), chr(233), ord("€"), ord("a"))
greek = "αβγδε"
print(greek.upper(), greek[2:], "ΑΒΓ".lower())
print("straße".upper(), "ǅ".lower(), "ß" * 3)
t = ""
for ch in "añb":
    t = ch + t
print(t, len(t))
print("日本" + "語", "日本語".find("語"), "日本語".replace("本", "[本]"))
print("ü" in "München", "x" in "München", "Mün" < "Mun", "é" > "e")
