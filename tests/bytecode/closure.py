def f():
    def g(x):
        return [y * x for y in range(x)]
    return g
