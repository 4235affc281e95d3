# programs: a tokenizer and recursive-descent evaluator for arithmetic expressions with errors
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            if "." in text:
                tokens.append(("num", float(text)))
            else:
                tokens.append(("num", int(text)))
            i = j
        elif ch in "+-*/%()^":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError("unexpected character " + repr(ch) + " at " + str(i))
    tokens.append(("end", None))
    return tokens

pos = 0
toks = []

def peek():
    return toks[pos]

def advance():
    global pos
    t = toks[pos]
    pos += 1
    return t

def parse_expr():
    value = parse_term()
    while peek() == ("op", "+") or peek() == ("op", "-"):
        op = advance()[1]
        rhs = parse_term()
        if op == "+":
            value = value + rhs
        else:
            value = value - rhs
    return value

def parse_term():
    value = parse_power()
    while peek()[0] == "op" and peek()[1] in "*/%":
        op = advance()[1]
        rhs = parse_power()
        if op == "*":
            value = value * rhs
        elif op == "/":
            value = value / rhs
        else:
            value = value % rhs
    return value

def parse_power():
    base = parse_unary()
    if peek() == ("op", "^"):
        advance()
        return base ** parse_power()
    return base

def parse_unary():
    t = advance()
    if t == ("op", "-"):
        return -parse_unary()
    if t[0] == "num":
        return t[1]
    if t == ("op", "("):
        v = parse_expr()
        if advance() != ("op", ")"):
            raise SyntaxError("expected )")
        return v
    raise SyntaxError("unexpected token " + str(t))

def evaluate(src):
    global pos, toks
    toks = tokenize(src)
    pos = 0
    v = parse_expr()
    if peek()[0] != "end":
        raise SyntaxError("trailing input")
    return v

exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 - -3", "2 ^ 100",
         "1.5 * (2 + 0.25)", "7 / 0", "3 + ", "4 $ 4", "((2))) ", "2 ^ -1", "100 - 99 - 1"]
for e in exprs:
    try:
        print(f"{e!r:>22} = {evaluate(e)!r}")
    except ZeroDivisionError as err:
        print(f"{e!r:>22} ! ZeroDivisionError: {err}")
    except SyntaxError as err:
        print(f"{e!r:>22} ! SyntaxError: {err}")
