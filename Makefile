# Two commands on a fresh machine with python3 and make:
#   make demo   creates .venv, installs RightsTrack, runs the demo (embedded SQLite)
#   make test   creates .venv with the test extras and runs every test
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip

.PHONY: demo test lint serve install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(BIN)/python pyproject.toml
	$(PIP) install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/rightstrack demo --db rightstrack-demo.db

serve: $(VENV)/.installed
	$(BIN)/rightstrack serve --db rightstrack-demo.db

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench

test: $(VENV)/.installed-test lint
	$(BIN)/python -m pytest -q -ra

clean:
	rm -rf $(VENV) rightstrack-demo.db artifacts
