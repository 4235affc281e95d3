# Comparing lists whose items' __eq__ empty either list: once no item is left at the
# position compared, the lengths decide (CPython's list_richcompare).
class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented

class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented

class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented

list1 = [X()]
list2 = [Y()]
print(list1 == list2, list1, list2)

list3 = [Z()]
list4 = [1]
print(list3 == list4, list3 != list4)

list3 = [Z(), 5]
list4 = [1, 2]
print(list3 < list4, list3)

class Shrink:
    def __init__(self, lst):
        self.lst = lst
    def __eq__(self, other):
        del self.lst[1:]
        return False
    def __lt__(self, other):
        return True

l1 = [0, None]
l1[1] = Shrink(l1)
l2 = [0, 7, 8]
print(l1 < l2, len(l1))
l1 = [0, None, 9]
l1[1] = Shrink(l1)
l2 = [0, 7, 8]
print(l1 < l2, len(l1))
print((1, 2) < (1, 2, 3), [1, 2] == [1, 2], [float("nan")] == [float("nan")])
