# with: a transaction manager that snapshots a dict, commits on success and rolls back on error
class RollbackError(Exception):
    pass

class Transaction:
    def __init__(self, store, name):
        self.store = store
        self.name = name
    def __enter__(self):
        self.snapshot = dict(self.store)
        print("  begin", self.name)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is None:
            print("  commit", self.name, sorted(self.store.items()))
            return False
        self.store.clear()
        self.store.update(self.snapshot)
        print("  rollback", self.name, "because", et.__name__ + ":", ev)
        return issubclass(et, RollbackError)

accounts = {"alice": 100, "bob": 20}

def transfer(src, dst, amount):
    with Transaction(accounts, src + "->" + dst) as acc:
        acc[src] -= amount
        acc[dst] = acc.get(dst, 0) + amount
        if acc[src] < 0:
            raise RollbackError("overdrawn " + src)
        if dst == "mallory":
            raise PermissionError("blocked recipient")
    return dict(accounts)

print(transfer("alice", "bob", 30))
print(transfer("bob", "carol", 100))
try:
    transfer("alice", "mallory", 5)
except PermissionError as e:
    print("PermissionError:", e)
print(accounts)
with Transaction(accounts, "outer"):
    accounts["alice"] += 1
    with Transaction(accounts, "inner"):
        accounts["bob"] += 1000
        raise RollbackError("inner only")
    accounts["carol"] = 1
print(accounts)
