# orgops — build, test, demo, bench, lint.
# Everything a fresh machine lacks is installed here (moto for the local AWS API server).
SWIFT      ?= swift
PYTHON     ?= python3
MOTO_PIN   := moto[server]==5.2.1
CONFIG     ?= debug
BUILD_FLAGS ?=

.PHONY: all build release test test-only deps bench demo lint fmt clean conformance

all: build

build:
	$(SWIFT) build -c $(CONFIG) $(BUILD_FLAGS)

release:
	$(SWIFT) build -c release $(BUILD_FLAGS)

# Installs moto's server from PyPI when it is missing (the tests start it on a free loopback port).
deps:
	@$(PYTHON) -c "import moto, flask, flask_cors; assert moto.__version__ == '5.2.1'" 2>/dev/null \
	  || $(PYTHON) -m pip install --quiet "$(MOTO_PIN)"

test: deps
	$(SWIFT) build --build-tests $(BUILD_FLAGS)
	$(SWIFT) test --skip-build $(BUILD_FLAGS)

conformance:
	$(SWIFT) run yaml-conformance Tests/YAMLTests/Fixtures/yaml-test-suite

clean:
	rm -rf .build

# Times `orgops validate` (release build) on a generated 10,000-account estate against a PyYAML parse.
.PHONY: bench-validate
bench-validate:
	$(SWIFT) build -c release --product orgops $(BUILD_FLAGS)
	$(PYTHON) bench/validate/run.py

# Signing cost and ListRoots calls/s of the Swift client next to boto3, against the local AWS test server.
.PHONY: bench-aws-client
bench-aws-client: deps
	$(SWIFT) build -c release --product aws-client-bench $(BUILD_FLAGS)
	$$([ -x $(VENV)/bin/python3 ] && echo $(VENV)/bin/python3 || echo $(PYTHON)) bench/aws-client/run.py
