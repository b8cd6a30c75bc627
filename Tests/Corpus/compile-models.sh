#!/usr/bin/env bash
# Generates botocore models with `aws-codegen generate --all` and compiles the generated modules against
# AWSRuntime, one SwiftPM target per module, and reports how many compiled.
#
#   Tests/Corpus/compile-models.sh [--all | Module ...]
#
# With module names it compiles those (the sample `make test` uses). With --all it compiles every module
# with a client, which takes about an hour on two cores. All modules are built in one `swift build`; only if
# that fails is each built on its own, to name the failures. DATA= names the botocore data directory (default:
# the installed botocore's); WORK= keeps the package in that folder (default: a temporary one); LANGUAGE_MODE=5
# compiles the modules in Swift 5 language mode, as Package.swift compiles Generated/ (default 6, the stricter).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
data=${DATA:-$(python3 -c 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')}
work=${WORK:-$(mktemp -d)}
language_mode=${LANGUAGE_MODE:-6}
[ -n "${WORK:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Sources"

swift build --package-path "$repo" --product aws-codegen >/dev/null
"$repo/.build/debug/aws-codegen" generate --all "$data" --output "$work/Sources" > "$work/generate.log" 2>&1 || true
tail -n 1 "$work/generate.log"

if [ "${1:-}" = "--all" ]; then
    # Modules whose client exists: the runtime speaks their protocol.
    modules=$(cd "$work/Sources" && grep -l "struct .*Client: " */*Client.swift | cut -d/ -f1 | sort)
else
    modules="$*"
fi

{
    echo '// swift-tools-version: 6.1'
    echo 'import PackageDescription'
    echo 'let package = Package('
    echo '    name: "Corpus", platforms: [.macOS(.v13)],'
    echo "    dependencies: [.package(name: \"swift-aws-codegen\", path: \"$repo\", traits: [])],"
    echo '    targets: ['
    for module in $modules; do
        # Targets get a prefix, so that none clashes with a target of this repository (DocDBElastic). Query, ec2
        # and rest-xml modules import AWSRuntimeXML too.
        xml=""
        if grep -q "^@_spi(Generated) import AWSRuntimeXML" "$work/Sources/$module/${module}Client.swift"; then
            xml=", .product(name: \"AWSRuntimeXML\", package: \"swift-aws-codegen\")"
        fi
        echo "        .target(name: \"Corpus$module\", dependencies: [.product(name: \"AWSRuntime\", package: \"swift-aws-codegen\")$xml], path: \"Sources/$module\", swiftSettings: [.swiftLanguageMode(.v$language_mode)]),"
    done
    echo '    ]'
    echo ')'
} > "$work/Package.swift"

compiled=0
failed=0
failures=""
# One build of every target first: the package graph is planned once and both cores stay busy. Only when it
# fails is each module built alone, to name the ones that do not compile.
count=$(echo $modules | wc -w)
if [ "$count" -gt 1 ] && swift build --package-path "$work" > "$work/all.log" 2>&1; then
    compiled=$count
else
    for module in $modules; do
        if swift build --package-path "$work" --target "Corpus$module" > "$work/$module.log" 2>&1; then
            compiled=$((compiled + 1))
        else
            failed=$((failed + 1))
            failures="$failures $module"
            grep -m 3 "error:" "$work/$module.log" | sed "s|^|  $module: |" || true
        fi
    done
fi
[ -z "$failures" ] || echo "failed:$failures"
echo "Corpus: $compiled passed, $failed failed"
[ "$failed" -eq 0 ]
