# Word counting over generated text: str.split, dict get/set, concatenation, f-strings, sorting.

SYLLABLES = ["ka", "ri", "to", "me", "su", "na", "lo", "vi", "pe", "zu", "da", "qo"]


def make_text(n_words):
    words = []
    seed = 12345
    for i in range(n_words):
        seed = (seed * 1103515245 + 12345) % 2147483648
        n_syl = 1 + seed % 3
        word = ""
        s = seed // 8
        for k in range(n_syl):
            word = word + SYLLABLES[s % len(SYLLABLES)]
            s = s // 12
        words.append(word)
    return " ".join(words)


def count_words(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def report(counts):
    pairs = []
    for word, n in counts.items():
        pairs.append((-n, word))
    pairs.sort()
    lines = []
    for i in range(min(5, len(pairs))):
        lines.append(f"{pairs[i][1]}={-pairs[i][0]}")
    checksum = 0
    for neg, word in pairs:
        checksum = (checksum * 31 + len(word) * (-neg)) % 1000000007
    return ", ".join(lines), checksum


total = 0
top = ""
checksum = 0
for round_no in range(24):
    text = make_text(60000 + round_no * 1000)
    counts = count_words(text)
    top, checksum = report(counts)
    total += len(counts)
    label = "round " + str(round_no) + ": " + str(len(counts)) + " distinct"
    if round_no == 23:
        print(label)
print("top", top)
print("distinct", total, "checksum", checksum)
