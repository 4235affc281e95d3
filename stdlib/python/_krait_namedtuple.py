"""krait's collections.namedtuple.

CPython builds the class's __new__ from source text with eval(); krait compiles
ahead of time, so __new__ is made by _krait.make_function with the same signature
(the field names, their defaults) and the same behaviour. Everything observable
matches CPython 3.11: the validation messages, the methods and their docstrings
and qualified names, _fields, _field_defaults, __match_args__ and __slots__.

One difference: without frames, a class made by a call inside a function gets the
__module__ of the module whose body is running (for calls at a module's top level,
the usual case, that is the caller's module, as in CPython). Pass module= to set
it explicitly.
"""

import sys as _sys
import _krait
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter

try:
    from _collections import _tuplegetter
except ImportError:
    def _tuplegetter(index, doc):
        return property(_itemgetter(index), doc=doc)


def _check_names(typename, fields, rename):
    """The field names after renaming, checked as CPython checks them."""
    if rename:
        seen = set()
        for i, name in enumerate(fields):
            bad = (not name.isidentifier() or _iskeyword(name)
                   or name.startswith('_') or name in seen)
            if bad:
                fields[i] = f'_{i}'
            seen.add(fields[i])
    for name in [typename] + fields:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in fields:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    return fields


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new subclass of tuple named typename whose items are also readable
    as the attributes field_names."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = list(map(str, field_names))
    typename = _sys.intern(str(typename))
    fields = _check_names(typename, fields, rename)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        for name, value in zip(fields[len(fields) - len(defaults):], defaults):
            field_defaults[name] = value

    fields = tuple(map(_sys.intern, fields))
    nfields = len(fields)
    arg_list = ', '.join(fields)
    if nfields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in fields) + ')'
    tuple_new = tuple.__new__

    __new__ = _krait.make_function(
        '__new__', f'{typename}.__new__', ('_cls',) + fields,
        lambda cls, *values: tuple_new(cls, values),
        defaults=defaults or None, module=f'namedtuple_{typename}',
        doc=f'Create new instance of {typename}({arg_list})')

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != nfields:
            raise TypeError(f'Expected {nfields} arguments, got {len(result)}')
        return result

    _make.__func__.__doc__ = (f'Make a new {typename} object from a sequence '
                              'or iterable')

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, fields, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict,
                   __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, _sys.intern(f'Alias for field number {index}'))

    result = type(typename, (tuple,), namespace)
    # Like CPython, the class belongs to the module of namedtuple's caller.
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass
    if module is not None:
        result.__module__ = module
    return result
