def f():
    try:
        pass
    except* ValueError:
        for x in range(3):
            break
        return 1
