# floats: comparisons and arithmetic with infinity and nan
inf = float("inf")
nan = float("nan")
print(inf > 10 ** 400, -inf < -(10 ** 400), inf == inf, inf > 1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 0)
print(inf + 1, inf - inf, inf * 0, inf * -1, -inf * -1, 1 / inf, -1 / inf)
print(inf / inf, nan + 1, nan * 0)
print(max(1, inf), min(1, -inf), max(3.0, 2.0))
print(inf == float("infinity"), -inf == float("-inf"))
x = nan
print(x is x, x == x)
print(abs(-inf), -(-inf), +inf)
print(str(inf), repr(-inf), str(nan), repr(nan))
print(inf > inf, inf >= inf, -inf < inf)
print(float("inf") > 1.7976931348623157e308, 1e309 == inf)
vals = [3.0, inf, -2.0, -inf]
print(sorted(vals), max(vals), min(vals))
print(bool(nan), bool(inf), bool(0.0), bool(-0.0))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    round(inf)
except OverflowError as e:
    print("OverflowError:", e)
print(round(inf, 2), round(nan, 1))
