print("init shop.broken")
raise ValueError("broken on import")
