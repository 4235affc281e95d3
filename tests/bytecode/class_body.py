class A:
    n = 1
    def get(self):
        return super().get()
