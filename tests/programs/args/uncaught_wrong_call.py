# args: a wrong call at the end escapes as an uncaught TypeError
def area(width, height, *, unit="cm"):
    return str(width * height) + unit + "^2"

def perimeter(width, height=None):
    if height is None:
        height = width
    return 2 * (width + height)

print(area(2, 3))
print(area(4, 5, unit="m"))
print(area(height=2, width=7))
shapes = [(1, 1), (2, 8), (3, 3)]
for s in shapes:
    print(area(*s), perimeter(*s))
print(perimeter(5))
try:
    perimeter()
except TypeError as e:
    print("caught:", e)
print(area(1, 2, 3))
print("not reached")
