# krait — the two commands a newcomer needs:
#   make example   build krait, compile examples/hello.py and run it
#   make test      run every test (unit, snapshot and differential program tests)

CARGO ?= cargo
KRAIT := target/release/krait
# The real CPython binary (the pyenv shim on PATH adds up to 0.9 s per start).
PYTHON ?= $(shell python3 -c 'import sys; print(sys.executable)' 2>/dev/null)

.PHONY: setup build example test expect bench clean-tests cpython-tests

setup:
	@bash tools/setup.sh

build: setup
	$(CARGO) build --release -p krait

example: build
	$(KRAIT) build examples/hello.py -o target/hello
	./target/hello

# Unit and snapshot tests, then every program in tests/programs at -O0 and -O2.
# The runtime is single-threaded (its state is global, without locks), so its unit
# tests run one at a time; the program runner compiles and runs in parallel itself.
test: setup
	RUST_TEST_THREADS=1 KRAIT_VERIFY=1 KRAIT_TEST_OPT=0,2 $(CARGO) test --release --workspace

# Re-record the expected outputs of tests/programs and tests/examples with CPython 3.11.
expect:
	PYTHON=$(PYTHON) bash tests/record.sh
	PYTHON=$(PYTHON) bash tests/record_examples.sh

# CPython's own test files (tests/cpython/FILES) compiled with krait, unittest and
# test.support from the standard library: tests run and passed per file.
cpython-tests: build
	bash tests/cpython/run.sh

# CPython's time over krait's for the programs in bench/.
bench: build
	PYTHON=$(PYTHON) bash bench/run.sh

# Re-record the insta snapshots (typed bytecode, diagnostics); review `git diff` after.
snapshots:
	INSTA_UPDATE=always $(CARGO) test --release -p krait --test snapshots
