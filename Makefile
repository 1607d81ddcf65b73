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

# Installs moto's server (with boto3, which the server's self-test uses) from PyPI when missing:
# into $(PYTHON) when its pip may install there, else (PEP 668 "externally managed" Pythons, or no
# pip) into .venv, which the AWS test server then prefers (Sources/TestSupport/AWSBackend.swift).
VENV       ?= .venv
MOTO_CHECK := import moto, flask, flask_cors, boto3; assert moto.__version__ == '5.2.1'
# The Python that has moto after `make deps`, e.g. for `$(AWS_PYTHON) Tests/AWSBackend/selftest.py`.
AWS_PYTHON  = $(if $(wildcard $(VENV)/bin/python3),$(VENV)/bin/python3,$(PYTHON))
deps:
	@if $(PYTHON) -c "$(MOTO_CHECK)" 2>/dev/null; then :; \
	elif [ -x $(VENV)/bin/python3 ] && $(VENV)/bin/python3 -c "$(MOTO_CHECK)" 2>/dev/null; then :; \
	elif $(PYTHON) -m pip install --quiet "$(MOTO_PIN)" 2>/dev/null && $(PYTHON) -c "$(MOTO_CHECK)"; then :; \
	else echo "installing $(MOTO_PIN) into $(VENV)"; \
	  $(PYTHON) -m venv $(VENV) && $(VENV)/bin/python3 -m pip install --quiet "$(MOTO_PIN)" \
	  && $(VENV)/bin/python3 -c "$(MOTO_CHECK)"; fi

# The AWS test server's own self-test first (boto3 against the gap fills and fault controls),
# then every Swift test; the run ends with the Swift test run's summary.
test: deps
	$(AWS_PYTHON) Tests/AWSBackend/selftest.py
	$(SWIFT) build --build-tests $(BUILD_FLAGS)
	$(SWIFT) test --skip-build $(BUILD_FLAGS)

conformance:
	$(SWIFT) run yaml-conformance Tests/YAMLTests/Fixtures/yaml-test-suite

clean:
	rm -rf .build

# Every benchmark of the project, one after the other, each printing its figures. To add one,
# define its `bench-<name>` target and append it here.
BENCHES ?= bench-validate bench-aws-client bench-org-plan

bench:
	@for target in $(BENCHES); do \
	  echo "== make $$target"; \
	  $(MAKE) --no-print-directory $$target || exit $$?; \
	  echo; \
	done

# Times `orgops validate` (release build) on a generated 10,000-account estate against a PyYAML parse.
.PHONY: bench-validate
bench-validate:
	$(SWIFT) build -c release --product orgops $(BUILD_FLAGS)
	$(PYTHON) bench/validate/run.py

# Signing cost and ListRoots calls/s of the Swift client next to boto3, against the local AWS test server.
.PHONY: bench-aws-client
bench-aws-client: deps
	$(SWIFT) build -c release --product aws-client-bench $(BUILD_FLAGS)
	$(AWS_PYTHON) bench/aws-client/run.py

# A no-op `orgops plan` (release build) on a seeded 1,000-account organization with 60 ms per call,
# next to a sequential boto3 read of the same organization: wall time, CPU time, API calls.
.PHONY: bench-org-plan
bench-org-plan: deps
	$(SWIFT) build -c release --product orgops $(BUILD_FLAGS)
	$(AWS_PYTHON) bench/org-plan/run.py

# Release build with the Swift runtime and Foundation linked statically, as the container image's
# build stage does it (Manifests/container/Dockerfile); needs libcurl4-openssl-dev, installed via
# apt when missing. Lands in .build-static/release/orgops, where Tests/OrgOpsCLITests/Ship looks.
STATIC_BUILD_PATH ?= .build-static
.PHONY: release-static image-check
release-static:
	@dpkg -s libcurl4-openssl-dev >/dev/null 2>&1 || { apt-get update -q && apt-get install -y -q libcurl4-openssl-dev; }
	$(SWIFT) build -c release --static-swift-stdlib --product orgops --build-path $(STATIC_BUILD_PATH) $(BUILD_FLAGS)

# What can be proved of the image without a Docker engine: the static binary runs --version,
# validate and plan (against the AWS test server) with an environment stripped to the runtime
# stage's, and ldd lists only libraries of the runtime stage's apt packages. `make test` skips
# these tests when the static binary is absent.
image-check: release-static deps
	$(SWIFT) build --build-tests $(BUILD_FLAGS)
	ORGOPS_STATIC_BINARY=$(abspath $(STATIC_BUILD_PATH))/release/orgops $(SWIFT) test --skip-build --filter ShipImageTests $(BUILD_FLAGS)

# Lints the shipped manifests: Kubernetes objects against the API schemas (kubernetes-validate),
# the kustomization's resource list, the CloudFormation templates (cfn-lint), then image-check.
# Both linters come from PyPI, into $(PYTHON) or else .venv, like moto in `deps`.
K8S_VERSION ?= 1.30.0
LINT_BIN = $(if $(wildcard $(VENV)/bin/kubernetes-validate),$(VENV)/bin/,)
lint-deps:
	@if $(PYTHON) -c "import kubernetes_validate, cfnlint" 2>/dev/null && command -v cfn-lint >/dev/null; then :; \
	elif [ -x $(VENV)/bin/kubernetes-validate ] && [ -x $(VENV)/bin/cfn-lint ]; then :; \
	elif $(PYTHON) -m pip install --quiet kubernetes-validate cfn-lint 2>/dev/null && command -v cfn-lint >/dev/null; then :; \
	else echo "installing kubernetes-validate and cfn-lint into $(VENV)"; \
	  $(PYTHON) -m venv $(VENV) && $(VENV)/bin/python3 -m pip install --quiet kubernetes-validate cfn-lint; fi

lint: lint-deps
	$(LINT_BIN)kubernetes-validate --strict -k $(K8S_VERSION) $(filter-out Manifests/kubernetes/kustomization.yaml,$(wildcard Manifests/kubernetes/*.yaml))
	$(if $(LINT_BIN),$(VENV)/bin/python3,$(PYTHON)) Manifests/kubernetes/check_kustomization.py
	$(LINT_BIN)cfn-lint Manifests/iam/*.json
	$(MAKE) image-check
.PHONY: lint-deps

# The operator's main job end to end on this machine: the local AWS API server, a bare git
# repository of Examples/multi-org, `orgops run` against both, one pushed change and the status
# commits it causes; everything started is stopped (demo/README.md).
demo: deps
	$(SWIFT) build -c $(CONFIG) --product orgops $(BUILD_FLAGS)
	ORGOPS="$$($(SWIFT) build -c $(CONFIG) --show-bin-path $(BUILD_FLAGS))/orgops" AWS_PYTHON=$(AWS_PYTHON) demo/run-demo.sh

# Identity Center (issue 5), release build: 50 permission sets and 5,000 assignments over 1,000 accounts,
# full converge from empty and a no-op plan: wall time, API calls, peak Identity Center calls/s.
.PHONY: bench-identity-center
bench-identity-center: deps
	$(SWIFT) build -c release --product orgops $(BUILD_FLAGS)
	$(AWS_PYTHON) bench/identity-center/run.py $(BENCH_IC_FLAGS)

# StackSets (issue 6), release build: 20 stack sets over 1,000 accounts x 2 regions, no-op plan and a
# template change rolled out: wall time, API calls, operations.
.PHONY: bench-stacksets
bench-stacksets: deps
	$(SWIFT) build -c release --product orgops $(BUILD_FLAGS)
	$(AWS_PYTHON) bench/stacksets/run.py $(BENCH_SS_FLAGS)

# Both join the `bench` aggregate's list (the aggregate target runs every name in BENCHES).
BENCHES += bench-identity-center bench-stacksets

# The operator (issue 7), release build: `orgops run --interval 10s` on the 1,000-account estate of
# bench-org-plan: time from a pushed change to its status commit (min/median/max of several pushes),
# idle CPU per pass and memory (VmRSS, VmHWM) between passes.
.PHONY: bench-operator
bench-operator: deps
	$(SWIFT) build -c release --product orgops $(BUILD_FLAGS)
	$(AWS_PYTHON) bench/operator/run.py $(BENCH_OP_FLAGS)

BENCHES += bench-operator
