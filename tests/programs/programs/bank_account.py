# programs: a bank account simulation using dicts, functions and exceptions for invalid operations
accounts = {}
log = []

def open_account(owner, initial=0):
    if owner in accounts:
        raise ValueError("account exists: " + owner)
    if initial < 0:
        raise ValueError("negative initial deposit")
    accounts[owner] = {"balance": initial, "history": [("open", initial)]}
    log.append("opened " + owner)

def deposit(owner, amount):
    if amount <= 0:
        raise ValueError(f"invalid deposit amount {amount}")
    acct = accounts[owner]
    acct["balance"] += amount
    acct["history"].append(("deposit", amount))

def withdraw(owner, amount):
    acct = accounts[owner]
    if amount > acct["balance"]:
        raise RuntimeError(f"insufficient funds: {owner} has {acct['balance']}, wants {amount}")
    acct["balance"] -= amount
    acct["history"].append(("withdraw", amount))

def transfer(src, dst, amount):
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except KeyError:
        deposit(src, amount)
        raise

ops = [
    ("open", "alice", 100), ("open", "bob", 50), ("open", "alice", 5),
    ("deposit", "alice", 25), ("withdraw", "bob", 80), ("transfer", "alice", "bob", 60),
    ("deposit", "carol", 10), ("transfer", "bob", "dave", 30), ("deposit", "bob", -5),
    ("open", "carol", -1), ("withdraw", "alice", 65), ("open", "carol", 0),
    ("transfer", "bob", "carol", 110),
]
for op in ops:
    kind = op[0]
    try:
        if kind == "open":
            open_account(op[1], op[2])
        elif kind == "deposit":
            deposit(op[1], op[2])
        elif kind == "withdraw":
            withdraw(op[1], op[2])
        else:
            transfer(op[1], op[2], op[3])
    except KeyError as e:
        print(f"{kind:<9} FAILED no such account {e}")
    except (ValueError, RuntimeError) as e:
        print(f"{kind:<9} FAILED {type(e).__name__}: {e}")
    else:
        print(f"{kind:<9} ok {op[1:]}")
    finally:
        snapshot = []
        for name in accounts:
            snapshot.append(name + "=" + str(accounts[name]["balance"]))
        print("          balances:", ", ".join(snapshot))
for name in sorted(accounts):
    acct = accounts[name]
    print(name, acct["balance"], acct["history"])
total = 0
for name in accounts:
    total += accounts[name]["balance"]
print("total money:", total, "log:", log)
