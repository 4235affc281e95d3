print("init shop.items.fruit", __package__)
from .. import prices
from ..cart import total
def cost(names):
    return total(prices.TABLE[n] for n in names)
