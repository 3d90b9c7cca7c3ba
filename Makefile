# Two entry points that work on a fresh machine with Python 3.11 and make: `make demo`, `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test bench eval clean

$(BIN)/analyzer: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

demo: $(BIN)/analyzer  ## analyze the bundled fixtures with the offline engine into reports/
	$(BIN)/analyzer batch fixtures/ --out reports/

test: $(BIN)/analyzer  ## run the whole test suite (offline; the live-provider tests are opt-in)
	$(BIN)/python -m pytest -q

eval: $(BIN)/analyzer  ## accuracy of the offline engine on the labeled eval set
	$(BIN)/analyzer eval --split all

bench: $(BIN)/analyzer  ## throughput and memory figures recorded in the README
	$(BIN)/python eval/benchmark.py

clean:
	rm -rf $(VENV) reports .pytest_cache
