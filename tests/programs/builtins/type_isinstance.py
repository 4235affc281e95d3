# builtins: type(), type(x).__name__, isinstance with single types and tuples, is and ==
values = [1, 2.0, "s", True, None, [1], (1,), {"a": 1}, {1}, range(3), 2 ** 100]
for v in values:
    print(repr(v), type(v).__name__)
print(type(1) == int, type(1.0) == float, type("") == str, type(True) == bool, type(True) == int)
print(type([]) is list, type(()) is tuple, type({}) is dict, type(set()) is set, type(None).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("x", str), isinstance([], (tuple, dict)), isinstance({}, dict), isinstance(None, int))
print(isinstance(2 ** 100, int), isinstance(False, bool), isinstance(0, bool))
print(isinstance(ValueError("x"), Exception), isinstance(KeyError(), LookupError))
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, True is True)
x = None
print(x is None, x is not None, x == None)
print(type(3) == type(4), type(3) == type(4.0), type("a") is type("b"))
