# Entry points for people and CI. `make generate` and `make test` are the README's two commands.
SWIFT ?= swift
CODEGEN = .build/debug/aws-codegen

.PHONY: deps no-update-goldens check tool generate check-generated protocol-suites check-protocol-suites corpus-sample corpus-determinism test plugin-test benchmark bench fuzz

## Installs what is missing: json-c and pkg-config, python3 with the pinned botocore, curl.
deps:
	@bash scripts/install-deps.sh

## A golden test that rewrites its golden cannot fail: the test targets refuse to run with UPDATE_GOLDENS set.
no-update-goldens:
	@if [ -n "$${UPDATE_GOLDENS:-}" ]; then echo "UPDATE_GOLDENS is set: unset it to run the tests (it rewrites goldens)" >&2; exit 1; fi

tool: deps
	$(SWIFT) build --product aws-codegen

## Regenerates Generated/ from models/ and the list of service products in Package.swift (writes only files
## whose bytes change).
generate: tool
	$(CODEGEN) generate-package
	@echo "Generated/ and Package.swift are up to date with models/"

## Fails when Generated/ or Package.swift's list of services is not what the generator makes from models/.
check-generated: tool
	$(CODEGEN) generate-package --check

## Regenerates Tests/ProtocolTests/Generated/ from the vendored botocore protocol test suites.
protocol-suites: tool
	python3 Tests/ProtocolTests/generate.py --codegen $(CODEGEN)

## Fails when Tests/ProtocolTests/Generated/ is not what generate.py makes.
check-protocol-suites: tool
	python3 Tests/ProtocolTests/generate.py --check --codegen $(CODEGEN)

## A package outside the repo applies the build plugin and imports DocDBElastic by path.
plugin-test: tool
	bash Tests/PluginFixture/run.sh

## Compiles a fixed sample of generated botocore modules: the largest JSON-protocol models, ones with
## recursion, unions, documents and event streams, and the most used query, ec2 and rest-xml services (EC2 is the
## largest model). `Tests/Corpus/compile-models.sh --all` does every one.
CORPUS_SAMPLE = SageMaker Connect QuickSight CostExplorer ConnectCases BedrockAgentRuntime BedrockRuntime \
	DynamoDB Lambda CloudWatchLogs LexModelsV2 SecretsManager EC2 S3 IAM STS CloudWatch DocDB
corpus-sample: tool
	bash Tests/Corpus/compile-models.sh $(CORPUS_SAMPLE)

## Generates every botocore model twice and requires identical bytes.
corpus-determinism: tool
	bash Tests/Corpus/determinism.sh

## The inner loop between commits: build, the drift checks and the unit tests, without the corpus, the
## plugin fixture and the end-to-end tests. One test at a time, as in `test`: on two cores, tests that block
## a thread (generating every botocore waiter) would delay the ones that check that timeouts fire in time.
check: no-update-goldens deps
	$(SWIFT) build --build-tests
	$(MAKE) check-generated
	$(MAKE) check-protocol-suites
	$(SWIFT) test --skip-build --skip EndToEndTests --no-parallel

## The whole test suite: generated code drift, the plugin fixture, the corpus checks, then every Swift Testing
## test, one at a time: several tests check that timeouts fire in time, which needs a free machine.
test: no-update-goldens deps
	$(SWIFT) build --build-tests
	$(MAKE) check-generated
	$(MAKE) check-protocol-suites
	$(SWIFT) package --allow-writing-to-package-directory generate-aws-code --check
	$(MAKE) plugin-test
	$(MAKE) corpus-determinism
	$(MAKE) corpus-sample
	$(SWIFT) test --skip-build --no-parallel

## Runs the benchmarks in Benchmarks/ one after the other (all of them, about an hour, or some: `make bench
## BENCH="signing load"`) and writes BENCHMARKS.md: each median next to its baseline from the same run, with the
## ratio, the machine and the commit. Not part of `test`: it wants a quiet machine.
bench: deps
	bash Benchmarks/run-all.sh $(BENCH)

## libFuzzer targets for every decoder (Fuzz/): builds them with -sanitize=fuzzer,address into .build-fuzz and
## runs each for FUZZ_SECONDS (default 60) from Fuzz/corpus. Not part of `test`. `Fuzz/run.sh <target>` runs one.
fuzz: deps
	FUZZ_SECONDS=$${FUZZ_SECONDS:-60} bash Fuzz/run.sh
