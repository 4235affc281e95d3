# misc: a failed assert with a formatted message ends the program as an uncaught AssertionError
def mean(values):
    assert values, "mean of empty sequence"
    return sum(values) / len(values)

samples = [[1, 2, 3], [10], [2.5, 3.5]]
for s in samples:
    m = mean(s)
    print(s, "mean", m)
    assert m < 100, f"mean too large: {m}"
try:
    mean([])
except AssertionError as e:
    print("caught:", e)
result = mean([40, 50, 60])
assert result == 45, f"expected 45 but got {result}"
