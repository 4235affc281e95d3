# CPython's pure-Python standard library modules, compiled with krait.
import io, collections, functools, re, enum, types, abc, string, copy, keyword, operator

print(io.StringIO("a\nb").readlines(), issubclass(io.FileIO, io.RawIOBase))
print(collections.OrderedDict(a=1), collections.Counter("abracadabra").most_common(2))
print(collections.deque([1, 2, 3], maxlen=2), collections.ChainMap({'a': 1}, {'b': 2})['b'])
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@example"), re.findall(r"\d+", "a1b22c333"))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.partial(int, base=2)("101"))

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)

class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, Color(2), list(Color), Color.RED.name, Color['GREEN'].value)


print(string.Template('$who likes $what').substitute(who='tim', what='kung pao'))
print(string.capwords('hello world'), keyword.iskeyword('def'))
x = [1, [2, 3]]
y = copy.deepcopy(x)
y[1].append(4)
print(x, y)
