# programs: word frequency count over an embedded text with normalisation and ranking
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way."""

def normalise(word):
    out = ""
    for ch in word.lower():
        if ch.isalpha() or ch == "'":
            out += ch
    return out

def count_words(text):
    counts = {}
    for raw in text.split():
        w = normalise(raw)
        if w:
            counts[w] = counts.get(w, 0) + 1
    return counts

def top_n(counts, n):
    by_count = {}
    for w in counts:
        by_count.setdefault(counts[w], []).append(w)
    result = []
    for c in sorted(by_count, reverse=True):
        for w in sorted(by_count[c]):
            if len(result) < n:
                result.append((w, c))
    return result

counts = count_words(TEXT)
print("distinct words:", len(counts))
print("total words:", sum(counts.values()))
for rank, (word, c) in enumerate(top_n(counts, 10), 1):
    bar = "#" * c
    print(f"{rank:>2}. {word:<12} {c:>3} {bar}")
lengths = {}
for w in counts:
    lengths[len(w)] = lengths.get(len(w), 0) + counts[w]
for n in sorted(lengths):
    print("length", n, "->", lengths[n])
longest = ""
for w in counts:
    if len(w) > len(longest) or (len(w) == len(longest) and w < longest):
        longest = w
print("longest:", longest)
singles = []
for w in counts:
    if counts[w] == 1:
        singles.append(w)
print("hapax legomena:", len(singles), sorted(singles)[:8])
lines = TEXT.splitlines()
for i, line in enumerate(lines):
    print(i + 1, len(line), len(line.split()), line.count("it was"))
