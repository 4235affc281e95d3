def total(xs):
    t = 0
    for x in xs:
        if x > 10 and x != 99:
            continue
        t += x
    else:
        t = -t
    return t
