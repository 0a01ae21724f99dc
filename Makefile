.PHONY: demo test data

# The main job: build Jejak and a demo database from data/, end to end.
demo:
	bash scripts/demo.sh

# The tests (what CI runs).
test:
	bash scripts/test.sh

# Regenerate data/ from the generator (deterministic).
data:
	swift run jejak-demo-data --out data
