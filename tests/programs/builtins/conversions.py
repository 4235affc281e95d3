# builtins: int, float, str, repr, bool, chr, ord conversions and their edge cases
print(int(), float(), str(), bool(), repr(""))
print(int("12"), int(12.9), int(-12.9), int(True), int("-0"), int(" 7 "))
print(float("3.5"), float(3), float("-inf"), float(" 1e2 "), float(False))
print(str(12), str(-1.5), str(None), str(True), str([1, "a"]), str((1,)), str({"a": 1}))
print(repr(12), repr(-1.5), repr(None), repr("q"), repr([1, "a"]), repr(1e16))
print(bool(0), bool(1), bool(-1), bool(""), bool("False"), bool([]), bool([[]]), bool(None), bool(0.0), bool(1e-300))
print(chr(65), chr(97), chr(48), chr(32) == " ", chr(0x263A), chr(127), repr(chr(0)))
print(ord("A"), ord("z"), ord(" "), ord("é"), ord("😀"), ord("\n"))
word = ""
for code in [80, 121, 116, 104, 111, 110]:
    word += chr(code)
print(word)
codes = []
for ch in word:
    codes.append(ord(ch))
print(codes, sum(codes))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int("3.0")
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
