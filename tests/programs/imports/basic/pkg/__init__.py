order = ["pkg"]
print("pkg init", __name__)
