import gc


def gen(box):
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


gc.disable()
box = []
g = gen(box)
box.append(g)
print(next(g))
del g, box
print("dropped")
print(gc.collect() > 0)
print("end")


# A closure that refers to itself.
def outer():
    def inner(n):
        return n if n < 1 else inner(n - 1)
    return inner


f = outer()
print(f(3))
del f
print(gc.collect())
