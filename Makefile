.PHONY: demo test data install fuzz kills

# The main job: build Jejak and a demo database from data/, end to end.
demo:
	bash scripts/demo.sh

# The tests (what CI runs).
test:
	bash scripts/test.sh

# The parsers' fuzz tests at length (ITERATIONS mutated inputs per parser; `make test` runs 200).
ITERATIONS ?= 20000
fuzz:
	JEJAK_FUZZ_ITERATIONS=$(ITERATIONS) swift test --filter ParserFuzzTests

# The crash test at length: KILLS SIGKILLs of each of `register import` and `survey ingest` (`make test` runs 10).
KILLS ?= 200
kills:
	swift build --build-tests
	JEJAK_KILLS=$(KILLS) swift test --skip-build --filter CrashConsistencyTests

# Regenerate data/ from the generator (deterministic).
data:
	swift run jejak-demo-data --out data

# Put a release build of jejak on PATH (PREFIX=/usr/local by default; PREFIX=$HOME/.local for no sudo).
PREFIX ?= /usr/local
install:
	swift build -c release --product jejak
	install -d "$(PREFIX)/bin"
	install -m 755 "$$(swift build -c release --show-bin-path)/jejak" "$(PREFIX)/bin/jejak"
	@echo "Installed $(PREFIX)/bin/jejak; try: jejak --help"
