#!/usr/bin/env bash
# Generates the DynamoDB module of the benchmarks (the Scan operation only) from the installed botocore's
# dynamodb/2012-08-10 model into Sources/DynamoDB, with the release generator. The files are not checked in.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
data=$(python3 -c 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')
swift build -c release --product aws-codegen --package-path "$repo" --scratch-path "$repo/.build-release" >/dev/null
config=$(mktemp)
trap 'rm -f "$config"' EXIT
echo '{"operations": ["Scan"]}' > "$config"
"$repo/.build-release/release/aws-codegen" generate "$data/dynamodb/2012-08-10" --config "$config" --module DynamoDB \
    --output "$here/Sources/DynamoDB"
