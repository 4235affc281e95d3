# Runs one of CPython's test files compiled by krait (tests/cpython/run.sh).
import sys
import unittest
from test import @NAME@ as module

suite = unittest.defaultTestLoader.loadTestsFromModule(module)
result = unittest.TextTestRunner(stream=sys.stderr, verbosity=2).run(suite)
print("krait-cpython-tests:", result.testsRun, len(result.failures), len(result.errors), len(result.skipped))
