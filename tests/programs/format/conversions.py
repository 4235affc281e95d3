# format: !r and !s conversions in f-strings and str.format
s = "it's"
n = 5
f = 2.5
print(f"{s!r} {s!s} {s} {n!r} {f!r} {None!r} {True!s}")
tab = "tab\t"
print(f"{tab!r}")
lst = ["a", 'b"']
print(f"{lst} {lst!r} {lst!s}")
print("{!r} {!s} {}".format(s, s, s))
print("{0!r:>10}|{0!s:<10}|".format("x"))
print(f"{s!r:^12}|{n!r:>4}|")
nl = "\n"
print(f"{'é'!r} {nl!r}")
