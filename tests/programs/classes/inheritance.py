# classes: single inheritance, overriding methods, calling base methods and attribute lookup order
class Animal:
    sound = "..."
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def describe(self):
        return self.name + " has " + str(self.legs) + " legs and " + self.kind()

    def kind(self):
        return "is an animal"

class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "is a dog"

class Bird(Animal):
    sound = "tweet"
    legs = 2
    def speak(self):
        return Animal.speak(self) + " (flapping)"

class Puppy(Dog):
    def speak(self):
        return Dog.speak(self).upper()

animals = [Animal("thing"), Dog("rex"), Bird("tweety"), Puppy("bit")]
for a in animals:
    print(a.speak())
    print(a.describe())
print(Puppy.sound, Puppy.legs, Puppy.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])
print(isinstance(animals[3], Dog), isinstance(animals[1], Puppy))
print(issubclass(Puppy, Animal), issubclass(Bird, Dog))
Dog.sound = "WOOF"
print(animals[1].speak(), animals[3].speak())
animals[1].sound = "grr"
print(animals[1].speak(), animals[3].speak(), Dog.sound)
del animals[1].sound
print(animals[1].speak())
