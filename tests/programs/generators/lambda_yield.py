# A lambda whose body yields is a generator function (the standard library uses
# `type((lambda: (yield))())` to get the generator type).
gen_type = type((lambda: (yield))())
print(gen_type.__name__)
g = (lambda x: (yield x))(5)
print(next(g))
try:
    g.send("sent")
except StopIteration as e:
    print("returned", e.value)
both = lambda a, b: ((yield a), (yield b))
it = both(1, 2)
print(next(it), it.send('x'))
try:
    it.send('y')
except StopIteration as e:
    print(e.value)
