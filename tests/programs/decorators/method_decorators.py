# decorators: decorating methods, where the wrapper receives self as its first argument
def require_open(method):
    def wrapper(self, *args, **kwargs):
        if not self.is_open:
            raise RuntimeError(method.__name__ + " on closed " + self.name)
        return method(self, *args, **kwargs)
    return wrapper

def count_calls(method):
    def wrapper(self, *args, **kwargs):
        self.calls[method.__name__] = self.calls.get(method.__name__, 0) + 1
        return method(self, *args, **kwargs)
    return wrapper

class File:
    def __init__(self, name):
        self.name = name
        self.is_open = True
        self.data = []
        self.calls = {}

    @count_calls
    @require_open
    def write(self, text):
        self.data.append(text)
        return len(text)

    @count_calls
    def close(self):
        self.is_open = False

    @count_calls
    @require_open
    def read(self, sep=""):
        return sep.join(self.data)

f = File("notes.txt")
print(f.write("hello"), f.write(" world"))
print(f.read(), f.read(sep="|"))
f.close()
try:
    f.write("again")
except RuntimeError as e:
    print("RuntimeError:", e)
print(f.calls)
g = File("other")
print(g.calls, g.write("x"), g.calls)
print(File.write(g, "yz"), g.read())
