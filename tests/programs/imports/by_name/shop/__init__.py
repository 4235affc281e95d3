"""A package imported by name at run time."""
print("init shop")
LOADED = []
__all__ = ["cart", "prices"]
