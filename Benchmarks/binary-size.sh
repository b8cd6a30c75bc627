#!/usr/bin/env bash
# What a client costs in binary size: builds small release consumers outside the repository and prints
# each one's stripped size, then RESULT lines (see run-all.sh) against docdb-no-traits.
#
#   docdb-default   calls one DocDBElastic operation, with the default trait (AsyncHTTPClient)
#   docdb-no-traits the same with `traits: []` (URLSession)
#   dynamo-sagemaker  uses generated DynamoDB and SageMaker modules (`traits: []`), one operation each
#
#   Benchmarks/binary-size.sh [consumer ...]      # all three by default
#
# DATA= names the botocore data directory (default: the installed botocore's); KEEP=1 keeps the work folder.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
identity=$(basename "$repo" | tr '[:upper:]' '[:lower:]')
data=${DATA:-$(python3 -c 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')}
consumers=${*:-docdb-default docdb-no-traits dynamo-sagemaker}
work=$(mktemp -d)
declare -A sizes
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

# Writes the manifest of consumer $1: dependency suffix $2, then the target's dependencies and extra targets.
manifest() {
    mkdir -p "$work/$1/Sources/Consumer"
    cat > "$work/$1/Package.swift" <<MANIFEST
// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Consumer",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "$repo"$2)],
    targets: [
        .executableTarget(name: "Consumer", dependencies: [$3]),
$4
    ]
)
MANIFEST
}

docdb_source() {
    cat > "$work/$1/Sources/Consumer/main.swift" <<'SOURCE'
import DocDBElastic

let client = try DocDBElasticClient()
print(try await client.listClusters(.init()))
SOURCE
}

# A consumer of generated DynamoDB and SageMaker modules, each a target of the consumer's package.
dynamo_sagemaker() {
    local dir="$work/$1"
    manifest "$1" ", traits: []" '"DynamoDB", "SageMaker"' "$(for module in DynamoDB SageMaker; do
        echo "        .target(name: \"$module\", dependencies: [.product(name: \"AWSRuntime\", package: \"$identity\")]),"
    done)"
    mkdir -p "$dir/data"
    ln -s "$data/dynamodb" "$data/sagemaker" "$dir/data/"
    "$repo/.build/debug/aws-codegen" generate --all "$dir/data" --output "$dir/Sources" > "$dir/generate.log"
    cat > "$dir/Sources/Consumer/main.swift" <<'SOURCE'
import DynamoDB
import SageMaker

let dynamo = try DynamoDBClient()
print(try await dynamo.listTables(.init()))
let sagemaker = try SageMakerClient()
print(try await sagemaker.listModels(.init()))
SOURCE
}

swift build --package-path "$repo" --product aws-codegen >/dev/null 2>&1
for consumer in $consumers; do
    case $consumer in
        docdb-default) manifest "$consumer" "" '.product(name: "DocDBElastic", package: "'"$identity"'")' ""; docdb_source "$consumer" ;;
        docdb-no-traits) manifest "$consumer" ", traits: []" '.product(name: "DocDBElastic", package: "'"$identity"'")' ""; docdb_source "$consumer" ;;
        dynamo-sagemaker) dynamo_sagemaker "$consumer" ;;
        *) echo "unknown consumer $consumer" >&2; exit 1 ;;
    esac
    dir="$work/$consumer"
    start=$(date +%s)
    swift build --package-path "$dir" -c release > "$dir/build.log" 2>&1 || { tail -n 30 "$dir/build.log"; exit 1; }
    binary=$(swift build --package-path "$dir" -c release --show-bin-path)/Consumer
    strip -o "$dir/Consumer.stripped" "$binary"
    printf '%-18s stripped %5.1f MiB (unstripped %5.1f MiB), release build %d s\n' "$consumer" \
        "$(echo "$(stat -c %s "$dir/Consumer.stripped") / 1048576" | bc -l)" \
        "$(echo "$(stat -c %s "$binary") / 1048576" | bc -l)" $(( $(date +%s) - start ))
    sizes[$consumer]=$(printf '%.2f' "$(echo "$(stat -c %s "$dir/Consumer.stripped") / 1048576" | bc -l)")
done
# Each consumer against the one without AsyncHTTPClient and with the least generated code.
for consumer in docdb-default dynamo-sagemaker; do
    [ -z "${sizes[$consumer]:-}" ] || [ -z "${sizes[docdb-no-traits]:-}" ] \
        || echo "RESULT binary-size-$consumer ${sizes[$consumer]} MiB binary-size-docdb-no-traits ${sizes[docdb-no-traits]}"
done
