# generators: user classes implementing __iter__/__next__, iter() on them, and re-iterability
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

cd = Countdown(3)
print(list(cd), list(cd))
print(iter(cd) is cd)

class Span:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        return SpanIterator(self.lo, self.hi)

class SpanIterator:
    def __init__(self, lo, hi):
        self.i = lo
        self.hi = hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.hi:
            raise StopIteration
        v = self.i
        self.i += 1
        return v

s = Span(2, 6)
print(list(s), list(s), sum(s), 4 in s, 9 in s)
print([(a, b) for a in Span(0, 2) for b in Span(0, 2)])
it = iter(s)
print(next(it), next(it), list(it), next(it, "end"))
x, y, *z = Span(10, 14)
print(x, y, z)
print(dict(zip(Span(0, 3), "abc")), sorted(Span(0, 4), reverse=True))
print(list(enumerate(Span(5, 8))), max(Span(-3, 1)))

class Words:
    def __init__(self, text):
        self.text = text
    def __iter__(self):
        for w in self.text.split():
            yield w.strip(".,!").lower()

w = Words("Hello, world! Hello again.")
print(list(w), list(w))
print(sorted(set(w)))

class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
