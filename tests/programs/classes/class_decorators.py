# classes: class decorators that register classes, add methods and wrap construction
registry = {}

def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls

def add_describe(cls):
    def describe(self):
        pairs = [k + "=" + repr(v) for k, v in vars(self).items()]
        return cls.__name__ + "(" + ", ".join(pairs) + ")"
    cls.describe = describe
    return cls

def with_counter(cls):
    original_init = cls.__init__
    cls.instances = 0
    def __init__(self, *args, **kwargs):
        cls.instances += 1
        original_init(self, *args, **kwargs)
    cls.__init__ = __init__
    return cls

def tagged(*tags):
    def deco(cls):
        cls.tags = tags
        return cls
    return deco

@register
@add_describe
class Circle:
    def __init__(self, r):
        self.r = r

@register
@with_counter
@add_describe
@tagged("poly", "four")
class Rect:
    def __init__(self, w, h=1):
        self.w = w
        self.h = h

print(sorted(registry))
shapes = [registry["circle"](2), registry["rect"](3, 4), Rect(5), Rect(w=1, h=9)]
for s in shapes:
    print(s.describe())
print(Rect.instances, Rect.tags, hasattr(Circle, "instances"))

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

@singleton
class Settings:
    def __init__(self, mode="default"):
        self.mode = mode

a = Settings("fast")
b = Settings("slow")
print(a is b, a.mode, b.mode, type(Settings).__name__)
