# functions: an annotation without a value makes the name local, so reading it raises UnboundLocalError
count = 5
def reader():
    count: int
    try:
        return count
    except UnboundLocalError as e:
        return str(e)
print(reader())

def annotated_later(flag):
    if flag:
        total: int = 10
    return total
print(annotated_later(True))
annotated_later(False)
