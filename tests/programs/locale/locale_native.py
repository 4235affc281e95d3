# _locale over the C library: setlocale, localeconv, nl_langinfo, getencoding,
# strcoll/strxfrm and locale.Error, in the "C" and "C.UTF-8" locales.
import _locale

for name in ["LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_ALL", "CHAR_MAX", "CODESET", "D_T_FMT", "RADIXCHAR", "YESEXPR", "DAY_1", "MON_12", "_DATE_FMT"]:
    print(name, getattr(_locale, name))

print(_locale.setlocale(_locale.LC_ALL, "C"))
print(_locale.setlocale(_locale.LC_ALL))
print(_locale.setlocale(_locale.LC_NUMERIC, None))
print(_locale.localeconv())
print(_locale.getencoding(), _locale.nl_langinfo(_locale.CODESET))
for k in ["D_T_FMT", "D_FMT", "T_FMT", "T_FMT_AMPM", "RADIXCHAR", "THOUSEP", "YESEXPR", "NOEXPR",
          "CRNCYSTR", "ERA", "ERA_D_T_FMT", "ALT_DIGITS", "DAY_1", "DAY_7", "ABDAY_1", "MON_1",
          "ABMON_12", "AM_STR", "PM_STR", "ERA_D_FMT", "ERA_T_FMT"]:
    print(k, repr(_locale.nl_langinfo(getattr(_locale, k))))

print(_locale.setlocale(_locale.LC_CTYPE, "C.UTF-8"))
print(_locale.getencoding(), _locale.nl_langinfo(_locale.CODESET))
print(_locale.setlocale(_locale.LC_ALL, "C"))

print(_locale.strcoll("a", "b") < 0, _locale.strcoll("b", "a") > 0, _locale.strcoll("abc", "abc"))
print(repr(_locale.strxfrm("abc")))

try:
    _locale.setlocale(_locale.LC_ALL, "xx_YY.nonexistent")
except _locale.Error as e:
    print(type(e).__name__, type(e).__module__, e, [c.__name__ for c in type(e).__mro__])
try:
    _locale.setlocale(12345, "C")
except _locale.Error as e:
    print("Error:", e)
try:
    _locale.nl_langinfo(12345)
except ValueError as e:
    print("ValueError:", e)
try:
    _locale.setlocale("x")
except TypeError as e:
    print("TypeError:", e)
try:
    _locale.setlocale(_locale.LC_ALL, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    _locale.setlocale(_locale.LC_ALL, "C\0x")
except ValueError as e:
    print("ValueError:", e)

loc = _locale.setlocale(_locale.LC_ALL, "")
print(type(loc).__name__, loc == _locale.setlocale(_locale.LC_ALL))
print(_locale.__doc__)
