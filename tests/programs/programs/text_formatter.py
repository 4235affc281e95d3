# programs: a text formatter that wraps, justifies, centres and numbers paragraphs
TEXT = """Python is a high-level, general-purpose programming language. Its design philosophy emphasizes code readability with the use of significant indentation.

Python is dynamically typed and garbage-collected. It supports multiple programming paradigms, including structured, object-oriented and functional programming.

Short paragraph."""

def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        extra = len(word)
        if current:
            extra += 1
        if length + extra > width and current:
            lines.append(current)
            current = [word]
            length = len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(current)
    return lines

def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    total_chars = 0
    for w in words:
        total_chars += len(w)
    gaps = len(words) - 1
    spaces = width - total_chars
    base, extra = divmod(spaces, gaps)
    out = ""
    for i in range(gaps):
        out += words[i] + " " * base
        if i < extra:
            out += " "
    return out + words[-1]

def format_paragraph(par, width, mode):
    lines = wrap(par, width)
    out = []
    for i, words in enumerate(lines):
        if mode == "justify" and i < len(lines) - 1:
            out.append(justify(words, width))
        elif mode == "center":
            out.append(" ".join(words).center(width))
        elif mode == "right":
            out.append(" ".join(words).rjust(width))
        else:
            out.append(" ".join(words))
    return out

paragraphs = TEXT.split("\n\n")
print("paragraphs:", len(paragraphs))
for mode in ["left", "justify", "center", "right"]:
    for width in [28, 40]:
        print(f"--- {mode} {width} ---")
        for n, par in enumerate(paragraphs, 1):
            for line in format_paragraph(par, width, mode):
                print(f"{n}|{line}|")
words = TEXT.split()
print("words:", len(words), "chars:", len(TEXT), "longest:", max(words, key=len))
