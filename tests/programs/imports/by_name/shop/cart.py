from . import LOADED
LOADED.append("cart")
print("init shop.cart", __name__, __package__)
def total(xs):
    return sum(xs)
