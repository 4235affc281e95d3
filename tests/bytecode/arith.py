def f(a, b=2):
    c = a * b + 1
    return c // 3
