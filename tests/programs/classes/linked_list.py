# classes: a singly linked list with iteration, indexing, equality, reversal and error handling
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push_front(item)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def pop_front(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value

    def __len__(self):
        return self.size

    def __iter__(self):
        cur = self.head
        while cur is not None:
            yield cur.value
            cur = cur.next

    def _node_at(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("linked list index out of range")
        cur = self.head
        for _ in range(index):
            cur = cur.next
        return cur

    def __getitem__(self, index):
        return self._node_at(index).value

    def __setitem__(self, index, value):
        self._node_at(index).value = value

    def __contains__(self, value):
        return any(v == value for v in self)

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __str__(self):
        return " -> ".join(str(v) for v in self) + " -> None"

    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def remove(self, value):
        prev = None
        cur = self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(repr(value) + " not in list")

    def __add__(self, other):
        return LinkedList(list(self) + list(other))

ll = LinkedList([3, 1, 4])
print(ll, len(ll), repr(ll))
ll.append(1)
ll.push_front(9)
print(ll, ll[0], ll[-1], ll[2])
ll[1] = 30
print(list(ll), 30 in ll, 3 in ll)
ll.reverse()
print(ll)
ll.remove(4)
print(ll, len(ll))
print(ll == LinkedList([1, 1, 30, 9]), ll == [1, 1, 30, 9], ll != LinkedList())
combined = ll + LinkedList("ab")
print(combined, len(combined))
print(sorted(ll), sum(ll), max(ll))
print([ll.pop_front() for _ in range(len(ll))], ll, len(ll))
for bad in [lambda: ll.pop_front(), lambda: ll[0], lambda: ll.remove(5)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
empty = LinkedList()
print(repr(empty), str(empty), bool(empty))
