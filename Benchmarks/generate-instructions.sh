#!/usr/bin/env bash
# Counts the instructions (callgrind's Ir) the release generator executes to generate a few large models, one at a
# time: SageMaker, EC2, DynamoDB, S3 and QuickSight (MODELS= to change, <service>/<version> under the data
# directory). Unlike times on a shared machine, the count is the same from run to run, so it shows what a change to
# the generator saves within a percent. BASELINE=<aws-codegen binary> counts that binary too and prints the ratio
# (copy .build-release/release/aws-codegen aside before the change). Not part of `make bench`: it measures the
# generator's work, not its time.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
data=${DATA:-$(python3 -c 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')}
models=${MODELS:-sagemaker/2017-07-24 ec2/2016-11-15 dynamodb/2012-08-10 s3/2006-03-01 quicksight/2018-04-01}
command -v valgrind >/dev/null || { echo "generate-instructions.sh: needs valgrind" >&2; exit 1; }
swift build -c release --product aws-codegen --package-path "$repo" --scratch-path "$repo/.build-release" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Prints the instructions `$1` executes generating every model of $models into an empty folder.
count() {
    local total=0
    for model in $models; do
        rm -rf "$work/out"
        valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$1" generate "$data/$model" \
            --output "$work/out" > /dev/null 2> "$work/log" || { cat "$work/log" >&2; exit 1; }
        local refs=$(grep -o 'refs: *[0-9,]*' "$work/log" | tr -d ', ' | cut -d: -f2)
        total=$((total + refs))
    done
    echo "$total"
}

ours=$(count "$repo/.build-release/release/aws-codegen")
echo "aws-codegen generate $models: $ours instructions"
if [ -n "${BASELINE:-}" ]; then
    baseline=$(count "$BASELINE")
    echo "baseline $BASELINE: $baseline instructions"
    awk -v a="$ours" -v b="$baseline" 'BEGIN { printf "ratio: %.3f\n", a / b }'
fi
