# format: printf-style % formatting with flags, width, precision and tuples
print("%d %i %s %r" % (42, -7, "str", "rep"))
print("%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%#x|%#o" % (42, 42, 42, 42, 42, 255, 255, 8, 255, 8))
print("%f|%.2f|%8.3f|%-8.1f|%e|%.2E|%g|%G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.000314, 1e20, 1e-20))
print("%s and %s" % ("a", "b"), "%s" % "single", "%s" % 5, "%d%%" % 50)
print("%10s|%-10s|%.2s|%5.1s|" % ("right", "left", "truncate", "xyz"))
print("%s" % (1, ), "%s" % [1, 2], "%s" % ((1, 2),))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%c%c" % (72, "i"), "%3c|" % "x")
print("%d" % 3.99, "%d" % -3.99, "%d" % True, "%s" % None, "%r" % 1.5)
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%d" % (2 ** 80), "%x" % (2 ** 70), "%.3f" % (1 / 3))
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
w = 7
print("[%*s]" % (w, "pad"))
for i in range(1, 4):
    print("row %2d: %6.2f" % (i, i / 3))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
