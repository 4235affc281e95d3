import alpha

seen_alpha_done = alpha.done
value = 42


def call_alpha():
    return alpha.helper()
