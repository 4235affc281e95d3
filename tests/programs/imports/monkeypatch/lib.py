def square(x):
    return x * x


def run(n):
    return square(n)


def call_len(x):
    return len(x)
