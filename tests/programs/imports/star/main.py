# `from m import *` honours __all__, else skips private names; it can shadow builtins.
from withall import *
from noall import *

print(public_a, public_b)
print(len([1, 2, 3]))
try:
    print(_private)
except NameError as e:
    print("NameError:", e)
try:
    print(hidden)
except NameError as e:
    print("NameError:", e)
print(sorted(k for k in globals() if not k.startswith("__")))
from math import *
print(sqrt(16.0), floor(2.5))
