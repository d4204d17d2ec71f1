# Shortcuts; each runs through dev.py, which sets up .venv first.
PY ?= python3

.PHONY: run test bench lint translations package
run:
	$(PY) dev.py run
test:
	$(PY) dev.py test
bench:
	$(PY) dev.py bench
package:
	$(PY) dev.py package
lint:
	.venv/bin/ruff check .
translations:
	.venv/bin/python tools/build_translations.py
