# decorators: registering functions in a table while returning them unchanged
COMMANDS = {}

def command(name=None, *, aliases=()):
    def register(fn):
        key = name or fn.__name__
        COMMANDS[key] = fn
        for a in aliases:
            COMMANDS[a] = fn
        return fn
    return register

@command()
def help_cmd():
    return "commands: " + ", ".join(sorted(COMMANDS))

@command("add", aliases=("plus", "+"))
def add_cmd(a, b):
    return int(a) + int(b)

@command("echo")
def echo_cmd(*words):
    return " ".join(words)

@command(aliases=["q"])
def quit():
    return "bye"

def run(line):
    parts = line.split()
    fn = COMMANDS.get(parts[0])
    if fn is None:
        return "unknown command " + repr(parts[0])
    return fn(*parts[1:])

for line in ["help_cmd", "add 2 3", "plus 10 20", "+ 1 1", "echo a b c", "q", "nope"]:
    print(line, "=>", run(line))

print(add_cmd(4, 5))
print(COMMANDS["plus"] is add_cmd, COMMANDS["q"].__name__)

handlers = []
def on(event):
    def deco(fn):
        handlers.append((event, fn.__name__))
        return fn
    return deco

@on("save")
@on("load")
def persist():
    pass

print(handlers)
