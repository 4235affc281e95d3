# huge repetitions and paddings raise MemoryError/OverflowError instead of aborting
for k in range(8):
    try:
        if k == 0: x = 'ab' * 2**62
        if k == 1: x = [1, 2] * 2**62
        if k == 2: x = (1,) * 2**62
        if k == 3: x = 'a' * 2**63
        if k == 4: x = [0] * 2**61
        if k == 5: x = 'abc'.center(2**62)
        if k == 6: x = 'a'.zfill(2**61)
        if k == 7: x = 'x\ty'.expandtabs(2**61)
        print(k, 'ok')
    except Exception as e:
        print(k, type(e).__name__, e)
for k in range(6):
    try:
        if k == 0: x = 'abc'.center(2**61)
        if k == 1: x = 'abc'.ljust(2**61, 'é')
        if k == 2: x = 'a'.rjust(2**60)
        if k == 3: x = '-1'.zfill(2**61)
        if k == 4: x = 'x'.zfill(2**60 + 5)
        if k == 5: x = 'ab'.center(2**62 + 1)
        print(k, 'ok')
    except MemoryError as e:
        print(k, 'MemoryError', e)
