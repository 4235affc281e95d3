# classes: class attributes shared by instances, shadowing by instance attributes, and mutation pitfalls
class Robot:
    count = 0
    default_color = "grey"
    parts = []

    def __init__(self, name):
        Robot.count += 1
        self.name = name
        self.serial = Robot.count

    def paint(self, color):
        self.default_color = color

r1 = Robot("a")
r2 = Robot("b")
r3 = Robot("c")
print(Robot.count, r1.count, r3.serial)
r2.paint("red")
print(r1.default_color, r2.default_color, Robot.default_color)
Robot.default_color = "blue"
print(r1.default_color, r2.default_color, r3.default_color)
r1.parts.append("arm")
r2.parts.append("leg")
print(Robot.parts, r3.parts, r1.parts is r2.parts)
r3.parts = ["own"]
print(Robot.parts, r3.parts)
r1.count = 100
print(r1.count, Robot.count, r2.count)
print(sorted(r1.__dict__), sorted(r2.__dict__))
print("count" in Robot.__dict__, "name" in Robot.__dict__)

class Config:
    settings = {"debug": False}
    version = 1

class Child(Config):
    version = 2

print(Config.version, Child.version, Child.settings)
Child.settings["debug"] = True
print(Config.settings)
Config.version = 10
print(Child.version, Child().version)
del Child.version
print(Child.version)

class Temp:
    unit = "C"
    def show(self, v):
        return str(v) + self.unit
t = Temp()
print(t.show(20))
Temp.unit = "K"
print(t.show(293))
