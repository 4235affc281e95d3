import os

# TODO(bo.li): cache the results
def walk(p):
    return os.listdir(p)  # TODO: sort
