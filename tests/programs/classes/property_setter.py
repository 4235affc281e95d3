# classes: @property getters, setters with validation, deleters and computed read-only properties
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero: " + str(value))
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._c + 273.15

t = Temperature(25)
print(t.celsius, t.fahrenheit, t.kelvin)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)
try:
    t.kelvin = 0
except AttributeError as e:
    print("AttributeError:", e)

class Account:
    def __init__(self):
        self._owner = None
        self.log = []

    @property
    def owner(self):
        self.log.append("get")
        if self._owner is None:
            return "<nobody>"
        return self._owner

    @owner.setter
    def owner(self, name):
        self.log.append("set " + name)
        self._owner = name.strip().title()

    @owner.deleter
    def owner(self):
        self.log.append("del")
        self._owner = None

a = Account()
print(a.owner)
a.owner = "  jane doe "
print(a.owner)
del a.owner
print(a.owner)
print(a.log)
print(type(Account.owner).__name__)
