from .. import order

order.append("leaf")


def depth():
    return len(__name__.split("."))
