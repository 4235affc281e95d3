from . import LOADED
LOADED.append("prices")
print("init shop.prices")
TABLE = {"apple": 3, "pear": 5}
