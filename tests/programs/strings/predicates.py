# strings: isdigit, isalpha, isspace, isupper, islower, isalnum and friends
samples = ["abc", "ABC", "Abc", "123", "12.5", "", " ", " \t\n", "abc123", "a b", "ÄÖ", "ß", "٣", "x_y", "HELLO WORLD", "hello world!"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isupper(), s.islower(), s.isalnum(), s.isdecimal(), s.isnumeric(), s.istitle())
count_digits = 0
count_alpha = 0
for ch in "Room 101, floor 3b":
    if ch.isdigit():
        count_digits += 1
    elif ch.isalpha():
        count_alpha += 1
print(count_digits, count_alpha)
