# ints: // % & | ^ on small ints at the tagged-int boundary (inline fast paths) and past it
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 4611686018427387903, -4611686018427387904, 4611686018427387904, 2**64, -(2**64)]
out = []
for a in vals:
    for b in vals:
        if b == 0:
            try:
                a // b
            except ZeroDivisionError as e:
                out.append(str(e))
            try:
                a % b
            except ZeroDivisionError as e:
                out.append(str(e))
            continue
        out.append((a // b, a % b, a & b, a | b, a ^ b))
for o in out:
    print(o)
