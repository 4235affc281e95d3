# SyntaxError's structured attributes and str(), as CPython's SyntaxError_init and
# SyntaxError_str make them (traceback.TracebackException reads them).
import traceback

print(repr(str(SyntaxError())), repr(str(SyntaxError('m'))))
print(str(SyntaxError('m', ('/a/b.py', 3, 4, 'txt'))), str(SyntaxError('m', (None, 3, 4, 'txt'))), str(SyntaxError('m', ('f.py', None, 4, 'txt'))))
e = SyntaxError('m', ('f', 1, 2, 't', 3, 4))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line, e.args)
e.lineno = 9
print(str(e), e.args, e.lineno)
e = SyntaxError('a', 'b', 'c')
print(e.msg, e.filename, str(e))
for bad in [(1, 2), 5, (1, 2, 3, 4, 5, 6, 7)]:
    try:
        SyntaxError('m', bad)
    except TypeError as x:
        print(type(x).__name__, x)
e = IndentationError('unexpected indent', ('mod.py', 2, 5, '    x = 1\n'))
print(str(e), e.text, isinstance(e, SyntaxError))
print(''.join(traceback.format_exception_only(type(e), e)), end='')
