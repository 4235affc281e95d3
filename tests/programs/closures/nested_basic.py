# closures: nested functions reading variables of the enclosing function
def make_greeter(greeting, punct):
    def greet(name):
        return greeting + ", " + name + punct
    return greet

hello = make_greeter("Hello", "!")
hi = make_greeter("Hi", ".")
print(hello("Ann"))
print(hi("Bob"))
print(hello("Cy"), hi("Dee"))

def outer(x):
    y = x * 2
    def middle(z):
        def inner(w):
            return x + y + z + w
        return inner
    return middle

m = outer(1)
i1 = m(10)
i2 = m(100)
print(i1(1000), i2(1000), outer(5)(5)(5))

def make_adders():
    result = []
    for n in (1, 2, 3):
        def add(v, n=n):
            return v + n
        result.append(add)
    return result

for f in make_adders():
    print(f(10))

def power_factory(exp):
    def power(base):
        return base ** exp
    power.exp_hint = exp
    return power

square = power_factory(2)
cube = power_factory(3)
print([square(k) for k in range(6)])
print([cube(k) for k in range(6)])
print(square.exp_hint, cube.exp_hint)
print(square.__name__, cube.__qualname__)
