# strings: strip family and case conversions
s = "   Hello, World!   "
print("[" + s.strip() + "]", "[" + s.lstrip() + "]", "[" + s.rstrip() + "]")
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print("\t\n text \r\n".strip(), repr("  ".strip()))
print("hello world".upper(), "HeLLo".lower(), "hello world foo".title(), "hELLO wORLD".swapcase())
print("hello world".capitalize(), "HELLO".capitalize(), "123abc".capitalize(), "they're bill's".title())
print("".upper(), "a1b2".upper(), "ÀÉÎ".lower())
print("Hello".startswith("He"), "Hello".startswith("lo"), "Hello".endswith("lo"), "Hello".endswith(""))
print("Hello".startswith(("x", "H")), "Hello".endswith(("a", "b")))
print("Hello".startswith("l", 2), "Hello".endswith("l", 0, 4))
name = "  ada LOVELACE "
clean = name.strip().lower().title()
print(clean, len(clean))
