# Entry points for people and CI. `make generate` and `make test` are the README's two commands.
SWIFT ?= swift
CODEGEN = .build/debug/aws-codegen

.PHONY: deps tool generate check-generated protocol-suites check-protocol-suites corpus-sample corpus-determinism test plugin-test benchmark

## Installs json-c and pkg-config when they are missing (Debian/Ubuntu as root, or Homebrew).
deps:
	@pkg-config --exists json-c 2>/dev/null || { \
		if command -v apt-get >/dev/null; then apt-get update -qq && apt-get install -y -qq libjson-c-dev pkg-config; \
		elif command -v brew >/dev/null; then brew install json-c pkg-config; \
		else echo "install json-c and pkg-config" >&2; exit 1; fi; }

tool: deps
	$(SWIFT) build --product aws-codegen

## Regenerates Generated/ from models/ (writes only files whose bytes change).
generate: tool
	@for dir in models/*/; do $(CODEGEN) generate "$$dir" --output Generated --module-folder || exit 1; done
	@echo "Generated/ is up to date with models/"

## Fails when Generated/ is not what the generator makes from models/.
check-generated: tool
	@for dir in models/*/; do $(CODEGEN) generate "$$dir" --output Generated --module-folder --check || exit 1; done

## Regenerates Tests/ProtocolTests/Generated/ from the vendored botocore protocol test suites.
protocol-suites: tool
	python3 Tests/ProtocolTests/generate.py --codegen $(CODEGEN)

## Fails when Tests/ProtocolTests/Generated/ is not what generate.py makes.
check-protocol-suites: tool
	python3 Tests/ProtocolTests/generate.py --check --codegen $(CODEGEN)

## A package outside the repo applies the build plugin and imports DocDBElastic by path.
plugin-test: tool
	bash Tests/PluginFixture/run.sh

## Compiles a fixed sample of generated botocore modules: the largest JSON-protocol models, and ones with
## recursion, unions, documents and event streams. `Tests/Corpus/compile-models.sh --all` does every one.
CORPUS_SAMPLE = SageMaker Connect QuickSight CostExplorer ConnectCases BedrockAgentRuntime BedrockRuntime \
	DynamoDB Lambda CloudWatchLogs LexModelsV2 SecretsManager
corpus-sample: tool
	bash Tests/Corpus/compile-models.sh $(CORPUS_SAMPLE)

## Generates every botocore model twice and requires identical bytes.
corpus-determinism: tool
	bash Tests/Corpus/determinism.sh

## The whole test suite: generated code drift, the plugin fixture, the corpus checks, then every Swift Testing
## test, one at a time: several tests check that timeouts fire in time, which needs a free machine.
test: deps
	$(SWIFT) build --build-tests
	$(MAKE) check-generated
	$(MAKE) check-protocol-suites
	$(SWIFT) package --allow-writing-to-package-directory generate-aws-code --check
	$(MAKE) plugin-test
	$(MAKE) corpus-determinism
	$(MAKE) corpus-sample
	$(SWIFT) test --skip-build --no-parallel
