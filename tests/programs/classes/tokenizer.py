# classes: a tokenizer class for arithmetic expressions with a small recursive-descent evaluator
class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos
    def __repr__(self):
        return "%s(%r)@%d" % (self.kind, self.text, self.pos)
    def __eq__(self, other):
        return isinstance(other, Token) and (self.kind, self.text) == (other.kind, other.text)

class TokenizeError(Exception):
    def __init__(self, char, pos):
        super().__init__("unexpected %r at %d" % (char, pos))
        self.pos = pos

class Tokenizer:
    OPERATORS = "+-*/%()^"

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        text = self.text
        while self.pos < len(text) and text[self.pos] == " ":
            self.pos += 1
        if self.pos >= len(text):
            raise StopIteration
        start = self.pos
        ch = text[start]
        if ch.isdigit():
            while self.pos < len(text) and (text[self.pos].isdigit() or text[self.pos] == "."):
                self.pos += 1
            return Token("NUM", text[start:self.pos], start)
        if ch.isalpha() or ch == "_":
            while self.pos < len(text) and (text[self.pos].isalnum() or text[self.pos] == "_"):
                self.pos += 1
            return Token("NAME", text[start:self.pos], start)
        if ch in self.OPERATORS:
            self.pos += 1
            return Token("OP", ch, start)
        raise TokenizeError(ch, start)

class Parser:
    def __init__(self, text, variables):
        self.tokens = list(Tokenizer(text))
        self.i = 0
        self.vars = variables

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self):
        tok = self.peek()
        self.i += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() is not None and self.peek().text in "+-":
            op = self.take().text
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.power()
        while self.peek() is not None and self.peek().text in "*/%":
            op = self.take().text
            rhs = self.power()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def power(self):
        base = self.atom()
        if self.peek() is not None and self.peek().text == "^":
            self.take()
            return base ** self.power()
        return base

    def atom(self):
        tok = self.take()
        if tok is None:
            raise SyntaxError("unexpected end")
        if tok.kind == "NUM":
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind == "NAME":
            return self.vars[tok.text]
        if tok.text == "-":
            return -self.atom()
        if tok.text == "(":
            v = self.expr()
            closing = self.take()
            if closing is None or closing.text != ")":
                raise SyntaxError("expected ) but got " + repr(closing))
            return v
        raise SyntaxError("unexpected token " + repr(tok))

print(list(Tokenizer("x1 + 42*(y - 3.5)")))
print(Token("OP", "+", 0) == Token("OP", "+", 9), Token("OP", "+", 0) == Token("NUM", "+", 0))
env = {"x": 3, "y": 4, "rate": 0.5}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "x * x + y * y", "-x + 10 % 4", "rate * (x + y) / 2", "100 / (y - 4)", "2 * (3 + 4", "7 $ 2", "z + 1", "1 +"]:
    try:
        print(src, "=>", Parser(src, env).expr())
    except TokenizeError as e:
        print(src, "=> TokenizeError:", e, "pos", e.pos)
    except (SyntaxError, ZeroDivisionError, KeyError) as e:
        print(src, "=>", type(e).__name__ + ":", e)
tok = Tokenizer("a b")
print(next(tok), next(tok), next(tok, "done"))
