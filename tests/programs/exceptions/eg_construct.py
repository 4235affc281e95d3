# ExceptionGroup and BaseExceptionGroup: constructor checks, attributes, str and repr.
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: ExceptionGroup("a"))
t(lambda: ExceptionGroup("a", [ValueError()], 3))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup(None, [ValueError()]))
t(lambda: ExceptionGroup("a", {ValueError()}))
t(lambda: ExceptionGroup("a", {1: ValueError()}))
t(lambda: ExceptionGroup("a", []))
t(lambda: ExceptionGroup("a", ()))
t(lambda: ExceptionGroup("a", [1]))
t(lambda: ExceptionGroup("a", [ValueError(), 1]))
t(lambda: ExceptionGroup("a", [ValueError]))
t(lambda: ExceptionGroup("a", [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup("a", [KeyboardInterrupt()]))
t(lambda: type(BaseExceptionGroup("a", [ValueError()])).__name__)
t(lambda: type(BaseExceptionGroup("a", [ValueError(), SystemExit(2)])).__name__)
t(lambda: ExceptionGroup("a", [ValueError()], x=1))
t(lambda: ExceptionGroup(message="a", exceptions=[ValueError()]))
t(lambda: ExceptionGroup("a", "bc"))
t(lambda: ExceptionGroup("a", (ValueError(),)).args)

g = ExceptionGroup("many", [ValueError(1), TypeError("two"), ExceptionGroup("inner", [KeyError(3)])])
print(str(g))
print(repr(g))
print(g.message, g.exceptions)
print(g.args)
print(str(ExceptionGroup("one", [ValueError()])))
print(str(ExceptionGroup("", [ValueError()])))
print(isinstance(g, Exception), isinstance(g, BaseExceptionGroup), isinstance(g, ExceptionGroup))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(issubclass(BaseExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
t(lambda: setattr(g, "message", "b"))
t(lambda: setattr(g, "exceptions", ()))
lst = [ValueError(1)]
g2 = ExceptionGroup("copy", lst)
lst.append(TypeError())
print(len(g2.exceptions), g2.args[1] is lst)

class MyGroup(ExceptionGroup):
    pass

print(MyGroup.__mro__)
t(lambda: MyGroup("a", [KeyboardInterrupt()]))
mg = MyGroup("mine", [ValueError(1)])
print(repr(mg), str(mg), isinstance(mg, Exception))

class BaseGroup(BaseExceptionGroup):
    pass

t(lambda: type(BaseGroup("b", [ValueError()])).__name__)
t(lambda: type(BaseGroup("b", [KeyboardInterrupt()])).__name__)

try:
    raise ExceptionGroup("caught by except Exception", [ValueError()])
except Exception as e:
    print("caught", type(e).__name__, e)
