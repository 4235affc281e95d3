# The sys attributes the standard library reads at import time.
import sys

print(sys.warnoptions, type(sys.builtin_module_names).__name__)
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names)
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.audit("krait.test", 1, 2))
try:
    sys.audit()
except TypeError as e:
    print("TypeError:", e)
print(type(sys.modules).__name__, sys.modules["sys"] is sys, "__main__" in sys.modules)
