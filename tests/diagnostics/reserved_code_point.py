# A literal holding a code point krait reserves for lone surrogates.
x = "ok"
y = "abc\U0010f800"
