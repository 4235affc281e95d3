# with: an exception in __enter__ skips that manager's __exit__ but earlier managers still exit
log = []
class M:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name = name
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit
    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append("exit " + self.name + " saw " + (type(ev).__name__ if ev else "nothing"))
        if self.fail_exit:
            raise ValueError("exit failed: " + self.name)
        return False

def run(*managers):
    log.clear()
    try:
        with managers[0], managers[1]:
            log.append("body")
    except Exception as e:
        log.append("caught " + type(e).__name__ + ": " + str(e))
        if e.__context__ is not None:
            log.append("context " + type(e.__context__).__name__ + ": " + str(e.__context__))
    print(log)

run(M("a"), M("b"))
run(M("a", fail_enter=True), M("b"))
run(M("a"), M("b", fail_enter=True))
run(M("a"), M("b", fail_exit=True))
run(M("a", fail_exit=True), M("b", fail_exit=True))

class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except AttributeError as e:
    print("AttributeError:", e)
except TypeError as e:
    print("TypeError:", e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
