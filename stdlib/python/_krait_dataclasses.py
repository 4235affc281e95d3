"""krait's code generation for dataclasses.

CPython's dataclasses module writes the source text of __init__, __repr__,
__eq__, the order methods, __hash__ and a frozen class's __setattr__ and
__delattr__, and exec()s it. krait compiles ahead of time, so these five
functions of dataclasses.py are krait's own (the driver imports them in place of
CPython's definitions, library.rs): they take the same arguments and return
functions that behave as the generated ones do. __init__ is made with
_krait.make_function, so its signature, defaults, annotations and argument errors
are those of the generated def.
"""

import _krait
import operator as _operator
import dataclasses as _dc

_COMPARE = {
    '==': _operator.eq,
    '<': _operator.lt,
    '<=': _operator.le,
    '>': _operator.gt,
    '>=': _operator.ge,
}


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init,
             self_name, globals, slots):
    MISSING = _dc.MISSING
    HAS_FACTORY = _dc._HAS_DEFAULT_FACTORY

    seen_default = False
    for f in std_fields:
        if f.init:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '
                                'follows default argument')

    def param_default(f):
        if f.default is not MISSING:
            return f.default
        if f.default_factory is not MISSING:
            return HAS_FACTORY
        return MISSING

    # What __init__ does for each field, in order: (name, how, what) where how is
    # 'arg' (the argument), 'arg_or_factory' (the argument unless it was left
    # out, else what() of the factory), 'factory' or 'value'.
    steps = []
    for f in fields:
        if f.default_factory is not MISSING:
            how = 'arg_or_factory' if f.init else 'factory'
            what = f.default_factory
        elif f.init:
            how, what = 'arg', None
        elif slots and f.default is not MISSING:
            how, what = 'value', f.default
        else:
            continue
        if f._field_type is _dc._FIELD_INITVAR:
            continue
        steps.append((f.name, how, what))

    initvars = [f.name for f in fields if f._field_type is _dc._FIELD_INITVAR]
    positional = [f.name for f in std_fields]
    kwonly = [f.name for f in kw_only_fields]
    names = positional + kwonly
    defaults = [param_default(f) for f in std_fields]
    defaults = tuple(d for d in defaults if d is not MISSING)
    kwdefaults = {f.name: param_default(f) for f in kw_only_fields
                  if param_default(f) is not MISSING}
    setter = object.__setattr__ if frozen else setattr

    def init(self, *values):
        args = dict(zip(names, values))
        for name, how, what in steps:
            if how == 'arg':
                value = args[name]
            elif how == 'arg_or_factory':
                value = args[name]
                if value is HAS_FACTORY:
                    value = what()
            elif how == 'factory':
                value = what()
            else:
                value = what
            setter(self, name, value)
        if has_post_init:
            getattr(self, _dc._POST_INIT_NAME)(*[args[n] for n in initvars])

    fn = _krait.make_function(
        '__init__', '__init__', [self_name] + positional, init,
        kwonly=kwonly, defaults=defaults or None, kwdefaults=kwdefaults or None,
        module=globals.get('__name__'))
    annotations = {f.name: f.type for f in std_fields}
    annotations.update({f.name: f.type for f in kw_only_fields})
    annotations['return'] = None
    fn.__annotations__ = annotations
    return fn


def _repr_fn(fields, globals):
    names = [f.name for f in fields]

    def __repr__(self):
        inner = ', '.join(f'{name}={getattr(self, name)!r}' for name in names)
        return f'{self.__class__.__qualname__}({inner})'

    return _dc._recursive_repr(__repr__)


def _frozen_get_del_attr(cls, fields, globals):
    names = tuple(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise _dc.FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise _dc.FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _field_names(tuple_text):
    """The field names in dataclasses' '(self.a,self.b,)' text."""
    inner = tuple_text.strip()[1:-1]
    return [part.split('.', 1)[1] for part in inner.split(',') if part]


def _cmp_fn(name, op, self_tuple, other_tuple, globals):
    names = _field_names(self_tuple)
    compare = _COMPARE[op]

    def cmp(self, other):
        if other.__class__ is self.__class__:
            return compare(tuple([getattr(self, n) for n in names]),
                           tuple([getattr(other, n) for n in names]))
        return NotImplemented

    cmp.__name__ = name
    cmp.__qualname__ = name
    return cmp


def _hash_fn(fields, globals):
    names = [f.name for f in fields]

    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))

    return __hash__
