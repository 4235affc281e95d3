# PEP 560: bases that are not classes but have __mro_entries__ (what typing's
# Generic[T] and Protocol[T] are), __orig_bases__, and the errors of __build_class__
# and type() around them.


class Entries:
    def __init__(self, *bases):
        self.bases = bases

    def __mro_entries__(self, bases):
        print("mro_entries called with", len(bases), "bases")
        return self.bases


class A:
    pass


class B:
    pass


class C(Entries(A, B), Entries(), object):
    pass


print(C.__bases__, C.__orig_bases__[1].bases, [k for k in C.__dict__ if not k.startswith("__d")])


class D(A):
    pass


print("__orig_bases__" in D.__dict__)


class Bad:
    def __mro_entries__(self, bases):
        return [A]


try:
    class E(Bad()):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    type("F", (Entries(A),), {})
except TypeError as e:
    print("TypeError:", e)

try:
    type("F", (1,), {})
except TypeError as e:
    print("TypeError:", e)

try:
    class G(1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class H(object()):
        pass
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, bases, sorted(k for k in ns if k.startswith("__orig")), kw)
        return super().__new__(mcls, name, bases, ns)


class M(Entries(A), metaclass=Meta, flag=1):
    pass


class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__ sees", bases)
        return {}


class N(Entries(B), metaclass=Prep):
    pass


print(N.__bases__, type(N).__name__)
