from . import sub
from .sub import leaf


def twice(x):
    return 2 * x


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1


print("util init", leaf.depth())
