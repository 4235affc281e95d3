# classes: a bank simulation with account subclasses, custom exceptions, transfers and a ledger
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__("account %s: cannot withdraw %d (balance %d)" % (account.number, amount, account.balance))
        self.account = account
        self.amount = amount

class AccountFrozen(BankError):
    pass

class Account:
    next_number = 1000
    kind = "basic"

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.frozen = False
        self.history = []

    def _check(self):
        if self.frozen:
            raise AccountFrozen("account %d is frozen" % self.number)

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def limit(self):
        return self.balance

    def withdraw(self, amount):
        self._check()
        if amount > self.limit():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    def month_end(self):
        pass

    def __repr__(self):
        return "%s#%d(%s, %d)" % (type(self).__name__, self.number, self.owner, self.balance)

class Savings(Account):
    kind = "savings"
    def __init__(self, owner, balance=0, rate_percent=2):
        super().__init__(owner, balance)
        self.rate = rate_percent

    def month_end(self):
        interest = self.balance * self.rate // 100
        if interest:
            self.deposit(interest)
        return interest

class Checking(Account):
    kind = "checking"
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def limit(self):
        return self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            fee = 15
            self.balance -= fee
            self.history.append(("fee", fee))
            return -fee
        return 0

class Bank:
    def __init__(self):
        self.accounts = {}
        self.ledger = []

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except BankError as e:
            self.ledger.append("FAILED " + str(e))
            return False
        dst.deposit(amount)
        self.ledger.append("%d -> %d: %d" % (src.number, dst.number, amount))
        return True

    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open(Savings, "alice", 1000, rate_percent=5)
bob = bank.open(Checking, "bob", 50)
carol = bank.open(Account, "carol")
print(alice, bob, carol)
print(bank.transfer(alice, bob, 300))
print(bank.transfer(bob, carol, 420))
print(bank.transfer(bob, carol, 1))
print(bank.transfer(carol, alice, 1000))
carol.frozen = True
print(bank.transfer(carol, bob, 5))
try:
    carol.deposit(10)
except AccountFrozen as e:
    print("frozen:", e)
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for acct in bank.accounts.values():
    print(acct.kind, acct, "month_end ->", acct.month_end())
for line in bank.ledger:
    print(line)
print("total", bank.total())
print(sorted(bank.accounts.values(), key=lambda a: a.balance))
for acct in bank.accounts.values():
    print(acct.owner, acct.history)
try:
    bob.withdraw(10000)
except InsufficientFunds as e:
    print(type(e).__name__, e.amount, e.account.owner, isinstance(e, BankError))
