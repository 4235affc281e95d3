# _string.formatter_field_name_split: the first part (an int when it is all
# digits) and an iterator of (is_attribute, key) pairs.
import _string

names = [
    "a.b[0][x].c", "", "0", "0.x", "a[", "a..b", "a.", "a[]", "a]b", "a[0]x",
    "12x", "1[2].3", "[0]", ".x", "0" * 30, "9" * 30, "a[" + "9" * 30 + "]",
    "٣", "x[٣]", "a[b.c]", "a[[]",
]
for n in names:
    try:
        first, rest = _string.formatter_field_name_split(n)
    except ValueError as e:
        print(repr(n), "ValueError at split:", e)
        continue
    got = []
    try:
        for item in rest:
            got.append(item)
        print(repr(n), repr(first), type(rest).__name__, got)
    except ValueError as e:
        print(repr(n), repr(first), got, "ValueError:", e)

for bad in [1, None]:
    try:
        _string.formatter_field_name_split(bad)
    except TypeError as e:
        print("TypeError:", e)
