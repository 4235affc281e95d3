# Circular imports CPython allows: a module sees its importer partly initialised.
import alpha

print(alpha.done, alpha.beta.seen_alpha_done, alpha.beta.value)
print(alpha.beta.alpha is alpha)
import beta
print(beta.call_alpha())
