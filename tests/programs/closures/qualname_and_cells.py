# closures: __name__/__qualname__ of nested functions and lambdas, and __closure__ cell contents
def outer():
    x = 10
    y = "why"
    def inner():
        return x, y
    def no_free():
        return 1
    return inner, no_free, lambda: x

inner, no_free, lam = outer()
print(inner.__name__)
print(inner.__qualname__)
print(lam.__qualname__)
print(no_free.__closure__ is None)
print(len(inner.__closure__))
print(sorted(str(c.cell_contents) for c in inner.__closure__))

class K:
    def method(self):
        def helper():
            return self
        return helper

print(K.method.__qualname__)
print(K().method().__qualname__)
