from ..core import __name__ as core_name


class User:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"User({self.name!r}) from {core_name}"
