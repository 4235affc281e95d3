from .models.user import User
from . import models


def run():
    return "run: " + repr(User("bob")) + " " + models.__name__
