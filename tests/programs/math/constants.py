# The constants of math and how the module is imported.
import math
from math import pi, e, tau, inf, nan

print(math.pi, math.e, math.tau)
print(repr(math.inf), repr(-math.inf), repr(math.nan))
print(pi == math.pi, e == math.e, tau == 2 * pi)
print(inf > 1e308, inf == float("inf"), nan != nan)
print(type(math.pi).__name__, type(math.inf).__name__)
print(math.isnan(nan), math.isinf(inf), math.copysign(1.0, nan))
print(math.pi * 2 == math.tau, math.e ** 2)
print(math.__name__)
print(math.sin, math.floor)
print(math.sqrt(pi), math.log(e), math.cos(tau))
import math as m
print(m.pi is math.pi, m.floor(m.e))
print(math.foo)
