# classes: deleting instance and class attributes, vars() order, and errors on deleting missing ones
class Profile:
    kind = "basic"
    def __init__(self):
        self.name = "n"
        self.email = "e"
        self.phone = "p"

pr = Profile()
print(vars(pr))
del pr.email
print(vars(pr))
pr.email = "new"
print(list(vars(pr)))
try:
    del pr.address
except AttributeError as e:
    print("AttributeError:", e)
try:
    del pr.kind
except AttributeError as e:
    print("AttributeError:", e)
pr.kind = "premium"
print(pr.kind, Profile.kind)
del pr.kind
print(pr.kind)
del Profile.kind
try:
    print(pr.kind)
except AttributeError as e:
    print("AttributeError:", e)
pr.__dict__["direct"] = 1
print(pr.direct, sorted(pr.__dict__))
