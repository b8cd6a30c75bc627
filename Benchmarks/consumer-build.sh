#!/usr/bin/env bash
# What the AsyncHTTPClient trait costs a consumer: creates a package outside the repository that depends
# on it by path and imports the AWSRuntime product, once with the default traits and once with
# `traits: []`, and for each prints the cold debug build time (`rm -rf .build; swift build`, resolution
# included), the number of resolved packages (pins in Package.resolved) and the number of Swift modules
# built, then a RESULT line (see run-all.sh). The builds run one after the other; run it on a quiet machine.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
identity=$(basename "$repo" | tr '[:upper:]' '[:lower:]')
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
declare -A seconds

# Writes a consumer package into $work/$1 whose dependency on the repository ends with $2.
make_consumer() {
    local dir="$work/$1"
    mkdir -p "$dir/Sources/Consumer"
    cat > "$dir/Package.swift" <<MANIFEST
// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Consumer",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "$repo"$2)],
    targets: [
        .executableTarget(
            name: "Consumer",
            dependencies: [.product(name: "AWSRuntime", package: "$identity")]
        ),
    ]
)
MANIFEST
    cat > "$dir/Sources/Consumer/main.swift" <<'SOURCE'
import AWSRuntime

print(type(of: AWSDefaultTransport.shared))
SOURCE
}

# Cold-builds the consumer in $work/$1 and prints one line of measurements.
measure() {
    local dir="$work/$1"
    rm -rf "$dir/.build" "$dir/Package.resolved"
    local start=$(date +%s%N)
    swift build --package-path "$dir" > "$dir/build.log" 2>&1 || { tail -n 30 "$dir/build.log"; exit 1; }
    local end=$(date +%s%N)
    local ms=$(( (end - start) / 1000000 ))
    local pins=0
    [ -f "$dir/Package.resolved" ] && pins=$(grep -c '"identity"' "$dir/Package.resolved")
    local modules=$(find "$dir/.build/debug/Modules" -maxdepth 1 -name '*.swiftmodule' | wc -l)
    local transport=$("$dir/.build/debug/Consumer")
    seconds[$1]=$((ms / 1000)).$((ms % 1000 / 100))
    printf '%-16s cold build %d.%01d s, %d resolved packages, %d Swift modules built, default transport %s\n' \
        "$1" $((ms / 1000)) $((ms % 1000 / 100)) "$pins" "$modules" "$transport"
}

make_consumer default-traits ""
make_consumer no-traits ", traits: []"
measure default-traits
measure no-traits
echo "RESULT consumer-cold-build-default-traits ${seconds[default-traits]} s consumer-cold-build-no-traits ${seconds[no-traits]}"
