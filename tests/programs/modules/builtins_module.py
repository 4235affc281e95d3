# The builtins module holds every builtin; rebinding one there is not visible to a
# module that looks the name up first in its own globals... unless it does not bind it.
import builtins

print(builtins.len([1, 2, 3]), builtins.__name__)
print(builtins.int is int, builtins.ValueError is ValueError)
print(hasattr(builtins, "print"), hasattr(builtins, "nonexistent_builtin"))
print(type(builtins).__name__)
len = lambda x: "shadowed"
print(len([1]), builtins.len([1]))
del len
print(len([1]))
