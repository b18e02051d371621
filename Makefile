# Huikuan: `make run` serves everything on embedded services; `make test` sets up and runs every test.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: install run test schema bench migrations demo clean

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(PY) -m backend.cli up

test: install
	$(PY) -m pytest $(PYTEST_ARGS)

schema: install
	$(PY) -m strawberry export-schema backend.api.schema:schema > schema.graphql

migrations: install
	$(PY) -m backend.cli makemigrations

demo: install
	$(PY) -m backend.cli demo

bench: install
	$(PY) -m bench

clean:
	rm -rf var/test
