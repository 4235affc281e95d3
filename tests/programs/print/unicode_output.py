# print: printing non-ASCII text, emoji and escapes through stdout encoding
print("héllo", "wörld", "日本語", "😀", "☃")
print("combining: e\u0301", "rtl: שלום", "math: ∑∫√∞")
s = "ünïcödé"
print(s.upper(), s[::-1], len(s), s.center(11, "·"))
print("box: ┌─┐│└┘", "arrows: ←→↑↓")
print(repr("日本"), repr("\u00e9"))
for ch in "aé€😀":
    print(ch, ord(ch), len(ch))
