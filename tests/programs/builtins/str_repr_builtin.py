# builtins: str() and repr() of nested containers, special floats and strings with quotes
things = [0, -0.0, 1e16, 1.5, "it's", 'say "x"', None, True, [], (), {}, set(), (1,), [[1], [2, [3]]], {"k": [1, (2, 3)]}, {1, 2}]
for t in things:
    print(str(t), "|", repr(t))
print(str([0.1, 0.2, 0.1 + 0.2]), repr((float("inf"), float("nan"))))
print(str("a\nb"), repr("a\nb"), str(["a\nb"]))
print(len(repr("x")), len(str("x")), repr(repr("x")))
