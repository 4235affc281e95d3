# TypeError messages of binary and in-place operators between unsupported operand types
vals = [1, 1.5, True, None, 'ab', [1], (1,), {1: 2}, {1}, frozenset([1]), range(2), {1: 2}.keys(), {1: 2}.values(), {1: 2}.items()]
ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']
for a in vals:
    for b in vals:
        for op in ops:
            for inplace in [False, True]:
                x = a
                if type(x) in (list, set, dict):
                    x = x.copy()
                try:
                    if op == '+':
                        if inplace:
                            x += b
                        else:
                            x = x + b
                    elif op == '-':
                        if inplace:
                            x -= b
                        else:
                            x = x - b
                    elif op == '*':
                        if inplace:
                            x *= b
                        else:
                            x = x * b
                    elif op == '/':
                        if inplace:
                            x /= b
                        else:
                            x = x / b
                    elif op == '//':
                        if inplace:
                            x //= b
                        else:
                            x = x // b
                    elif op == '%':
                        if inplace:
                            x %= b
                        else:
                            x = x % b
                    elif op == '**':
                        if inplace:
                            x **= b
                        else:
                            x = x ** b
                    elif op == '<<':
                        if inplace:
                            x <<= b
                        else:
                            x = x << b
                    elif op == '>>':
                        if inplace:
                            x >>= b
                        else:
                            x = x >> b
                    elif op == '&':
                        if inplace:
                            x &= b
                        else:
                            x = x & b
                    elif op == '|':
                        if inplace:
                            x |= b
                        else:
                            x = x | b
                    elif op == '^':
                        if inplace:
                            x ^= b
                        else:
                            x = x ^ b
                    r = 'ok'
                except Exception as e:
                    r = type(e).__name__ + ': ' + str(e)
                if r != 'ok':
                    print(type(a).__name__, op + ('=' if inplace else ''), type(b).__name__, r)
