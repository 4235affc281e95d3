# What types.py, inspect and dataclasses read: code objects, frames, mappingproxy,
# descriptor types, SimpleNamespace, sys.implementation.
import sys
import types

def f(a, b=2, *args, c, d=4, **kw):
    "doc of f"
    return a

code = f.__code__
print(type(code).__name__, code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames[:6], code.co_flags & 0x0C, code is f.__code__, f.__globals__ is globals(), f.__module__)

def gen():
    yield 1

async def coro():
    pass

print(bool(gen.__code__.co_flags & 0x20), bool(coro.__code__.co_flags & 0x80))
print(types.FunctionType, types.CodeType, types.MappingProxyType, types.SimpleNamespace)
print(types.GetSetDescriptorType, types.MemberDescriptorType, types.MethodWrapperType, types.WrapperDescriptorType)

class C:
    x = 1
    def m(self):
        pass

d = C.__dict__
print(type(d).__name__, d['x'], 'm' in d, len(d) > 2)
try:
    d['y'] = 2
except TypeError as e:
    print('TypeError:', e)
mp = types.MappingProxyType({'a': 1})
print(mp, mp['a'], list(mp), mp.get('b', 0), mp.copy(), mp == {'a': 1})
print(dict(mp), {**mp})

ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[1]))
print(type(sys.implementation).__name__, sys.version_info[:2] == (3, 11), sys.version_info.major)
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit, sys.hash_info.modulus)
print(sys.flags.optimize, sys.maxunicode, type(sys.flags).__name__)

try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    fr = tb.tb_frame
    print(type(fr).__name__, fr.f_code.co_name, fr.f_globals is globals(), fr.f_back)

class Base:
    pass
class A(Base):
    pass
class B(Base):
    pass
print([c.__name__ for c in Base.__subclasses__()])
print(object().__str__.__class__.__name__, type(object.__init__).__name__)
print(int.__dict__['bit_length'] is not None, type(int.__dict__).__name__)
