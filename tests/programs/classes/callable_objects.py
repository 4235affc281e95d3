# classes: instances with __call__ used as functions, stateful callables and callable()
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, x, *more):
        self.calls += 1
        result = x * self.factor
        for m in more:
            result *= m
        return result

double = Multiplier(2)
triple = Multiplier(3)
print(double(5), triple(5), double(1, 2, 3))
print(double.calls, triple.calls)
print(list(map(double, [1, 2, 3])))
print(sorted([5, -1, 3], key=Multiplier(-1)))
print(callable(double), callable(Multiplier), callable(5), callable("s"), callable(print))

class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        total = 0
        for c in self.coeffs:
            total = total * x + c
        return total
    def __repr__(self):
        return "Polynomial" + repr(self.coeffs)

p = Polynomial(1, 0, -4)
print(p, [p(x) for x in range(-3, 4)])
compose = lambda f, g: lambda x: f(g(x))
print(compose(p, double)(3), compose(double, p)(3))

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
c = Counter()
print([c() for _ in range(4)], c.n)

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
