# Two commands: `make book` builds the book from seeds/, `make test` runs the tests.
# Both create .venv and install the project first; the install is skipped while
# pyproject.toml is unchanged, so a second run is quick.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: book example test lint clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

# The seed corpus has hand annotations beside the project (../shared/gold); the
# chapters show an error analysis against them when they are there.
GOLD := $(wildcard ../shared/gold/quotes.jsonl)

book: $(STAMP)
	$(PY) -m corpus_utils build --corpus seeds $(if $(GOLD),-p gold_dir $(abspath ../shared/gold))

# A corpus about another story (saved web pages with its own corpus.yml), to show the
# book re-run on a desk's own articles: the book goes to _build/example/_build/html.
example: $(STAMP)
	$(PY) -m corpus_utils build --corpus examples/transit-strike --out _build/example

test: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m pytest -q

lint: $(STAMP)
	$(PY) -m ruff check .

clean:
	rm -rf _build book/*.ipynb book/intro.md
