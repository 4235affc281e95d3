# Builtin functions are one object each: the name, builtins' attribute and the
# modules that re-export them are the same object (io.open is open).
import builtins
import io
import _io

print(_io.open is open, builtins.open is open, io.open is open)
print(len is len, builtins.len is len, print is builtins.print, getattr(builtins, "repr") is repr)
print(builtins.__dict__["abs"] is abs, vars(builtins)["isinstance"] is isinstance)
seen = {id(len), id(len), id(builtins.len)}
print(len(seen))


def use():
    return sorted is builtins.sorted


print(use(), min is builtins.min)
