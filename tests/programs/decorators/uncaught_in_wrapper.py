# decorators: a validation wrapper raises an uncaught ValueError at the end
def positive(fn):
    def wrapper(*args):
        for a in args:
            if a <= 0:
                raise ValueError(fn.__name__ + " needs positive arguments, got " + str(a))
        return fn(*args)
    return wrapper

@positive
def rect_area(w, h):
    return w * h

print(rect_area(2, 3))
print(rect_area(10, 1))
try:
    rect_area(0, 5)
except ValueError as e:
    print("caught:", e)
print(rect_area(4, -2))
