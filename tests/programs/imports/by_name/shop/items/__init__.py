print("init shop.items")
