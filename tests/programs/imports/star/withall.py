__all__ = ["public_a", "len"]
public_a = "A"
hidden = "not exported"


def len(x):
    return "shadowed len of " + str(x)
