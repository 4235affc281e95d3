# generators: lazy pipelines of chained generator functions with tracing of evaluation order
trace = []
def read_lines(text):
    for line in text.split("\n"):
        trace.append("read")
        yield line

def strip_comments(lines):
    for line in lines:
        code = line.split("#")[0].strip()
        if code:
            trace.append("keep")
            yield code

def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()

def convert(pairs):
    for k, v in pairs:
        if v.isdigit():
            v = int(v)
        elif v in ("true", "false"):
            v = v == "true"
        yield k, v

src = """# config
name = krait
# comment only
level = 3
debug = true

threads=8  # trailing"""

stages = convert(parse(strip_comments(read_lines(src))))
print(trace)
first = next(stages)
print(first, trace)
rest = list(stages)
print(rest)
print(len(trace), trace.count("read"), trace.count("keep"))

def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)

print(list(window(range(6), 3)))
def running_max(it):
    best = None
    for x in it:
        if best is None or x > best:
            best = x
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched("abcdefg", 3)))
print(sum(x for b in batched(range(10), 4) for x in b))
