# Set-up and everyday commands. Only Python >= 3.11 and make are needed on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench eval eval-extra docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@# An editable install leaves src/ uncompiled; with PYTHONDONTWRITEBYTECODE set every
	@# start would compile it again (about 80 ms). Compile once, as pip does for wheels.
	$(BIN)/python -m compileall -q src
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/briefing

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

bench: $(STAMP)
	for f in bench/bench_*.py; do $(BIN)/python $$f || exit 1; done

eval: $(STAMP)
	$(BIN)/python ../shared/eval/score.py --articles ../shared/eval/dev/articles \
	  --gold ../shared/eval/dev/gold \
	  --cmd '$(BIN)/briefing analyze --format json --published {published} {path}'

# Our own blind-written articles (bench/eval); the scorer still comes from ../shared.
eval-extra: $(STAMP)
	$(BIN)/python ../shared/eval/score.py --articles bench/eval/articles \
	  --gold bench/eval/gold \
	  --cmd '$(BIN)/briefing analyze --format json --published {published} {path}'

docs: $(STAMP)
	$(BIN)/python docs/make_keys.py
	$(BIN)/python docs/make_screenshot.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
