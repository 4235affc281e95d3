# An uncaught exception group: CPython's boxed traceback, members with notes.
def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    e = TypeError(f"task {n} wrong type")
    e.add_note(f"note for task {n}")
    raise e

def run_all():
    errors = []
    for n in range(3):
        try:
            task(n)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("tasks failed", errors)

print("start")
run_all()
