# with: an exception not suppressed by __exit__ propagates out of the program uncaught
class Session:
    def __init__(self, user):
        self.user = user
    def __enter__(self):
        print("login", self.user)
        return self
    def __exit__(self, et, ev, tb):
        print("logout", self.user, "error:" if et else "ok", ev if et else "")
        return et is KeyError
    def fetch(self, table, key):
        return table[key]

data = {"a": 1}
with Session("u1") as s:
    print(s.fetch(data, "a"))
with Session("u2") as s:
    print(s.fetch(data, "b"))
print("KeyError was suppressed")
with Session("u3") as s:
    print(s.fetch([10, 20], 5))
print("not reached")
