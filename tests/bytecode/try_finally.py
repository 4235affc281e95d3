def g(d, k):
    try:
        v = d[k]
    except KeyError as e:
        return None
    else:
        return v
    finally:
        print("done")
