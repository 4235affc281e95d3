# classes: a user exception class with a custom __str__ is raised at the end and left uncaught
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount
    def __str__(self):
        return "cannot withdraw " + str(self.amount) + " with balance " + str(self.balance)

class Wallet:
    def __init__(self, balance):
        self.balance = balance
    def spend(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance

w = Wallet(50)
print(w.spend(20))
try:
    w.spend(100)
except InsufficientFunds as e:
    print("caught:", e, e.args)
print(w.spend(30))
w.spend(1)
