# strings: find, rfind, index, rindex-free count, replace and in
s = "mississippi"
print(s.find("ss"), s.rfind("ss"), s.find("x"), s.rfind("x"), s.find(""), s.rfind(""))
print(s.find("s", 4), s.find("s", 4, 5), s.find("i", -3), s.rfind("i", 0, 5))
print(s.index("p"), s.index("issi"), s.index("i", 2))
print(s.count("s"), s.count("ss"), s.count("issi"), s.count(""), s.count("i", 3))
print(s.replace("ss", "SS"), s.replace("i", "", 2), s.replace("", "-"), s.replace("x", "y"))
print("ss" in s, "sss" in s, "" in s, "M" in s, s not in "abc")
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
text = "the cat sat on the mat with the hat"
pos = text.find("the")
while pos != -1:
    print("found at", pos)
    pos = text.find("the", pos + 1)
print(text.count("at"), text.replace("the ", "a ", 1))
print("aaaa".count("aa"), "aaaa".replace("aa", "b"))
