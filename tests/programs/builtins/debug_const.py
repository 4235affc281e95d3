# __debug__ is the constant True (no -O mode), also as builtins.__debug__.
import builtins
print(__debug__, builtins.__debug__)
if __debug__:
    print("debug")
assert __debug__
