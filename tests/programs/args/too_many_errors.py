# args: TypeError messages when too many positional arguments are passed
def zero():
    return 0
def two(a, b):
    return a
def opt(a, b=2, c=3):
    return a
def kwo(a, *, b):
    return a

class Thing:
    def act(self, x):
        return x
    @staticmethod
    def st(x):
        return x

cases = [
    lambda: zero(1),
    lambda: two(1, 2, 3),
    lambda: opt(1, 2, 3, 4),
    lambda: opt(1, 2, 3, 4, 5),
    lambda: kwo(1, 2),
    lambda: kwo(1, 2, b=3),
    lambda: Thing().act(1, 2),
    lambda: Thing.st(1, 2),
    lambda: (lambda x: x)(1, 2),
    lambda: Thing(5),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
