# Subclasses of classmethod, staticmethod and property (abc's abstractclassmethod,
# abstractstaticmethod and abstractproperty are such classes).
class tagged_classmethod(classmethod):
    def __init__(self, func):
        func.tagged = True
        super().__init__(func)


class plain_static(staticmethod):
    pass


class loud_property(property):
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return "loud " + str(super().__get__(obj, owner))


class C:
    @tagged_classmethod
    def make(cls):
        return cls.__name__

    @plain_static
    def add(a, b):
        return a + b

    @loud_property
    def x(self):
        return 42

    @property
    def y(self):
        return 7


print(C.make(), C().make())
print(C.add(2, 3), C().add(4, 5))
print(C().x, C().y)
print(type(C.__dict__["make"]).__name__, isinstance(C.__dict__["make"], classmethod))
print(C.__dict__["make"].__func__.tagged)
print(isinstance(C.__dict__["x"], property), type(C.__dict__["add"]).__mro__[1].__name__)
