def main():
    # TODO: parse the config file
    x = 1  # FIXME(ana): off by one when empty
    return x  # a comment that mentions TODO later is not a note


# XXX this works only on Linux
