# `async with` at module level.
async with open("f") as f:
    pass
