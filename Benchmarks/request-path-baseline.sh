#!/usr/bin/env bash
# The request path against an earlier revision, in one run: builds this checkout's SigningBenchmark and
# DecodingBenchmark and those of BASELINE (release, each revision with its own runtime and its own generated
# DocDBElastic and DynamoDB Scan client), then alternates them ROUNDS times (ours, the baseline, ours, …) and
# runs botocore once after. Prints each round, the medians of the rounds' medians, the ratios to the baseline and
# to botocore, then RESULT lines. A machine's speed changes every figure of a run alike, so the ratio to the
# baseline is what compares with figures taken elsewhere (#10 measured 7.9 µs signing and 6.3 µs decoding at
# eed4385, the revision its figures came from).
#
#   BASELINE=eed4385 Benchmarks/request-path-baseline.sh
#   BASELINE=eed4385 ROUNDS=9 BATCHES=25 WORK=/tmp/rpb Benchmarks/request-path-baseline.sh
#
# WORK= keeps the baseline's checkout and builds (in $WORK/baseline-src) for the next run; by default they go in a
# temporary folder, removed at the end. Wants a quiet machine. Not part of `make bench` (it builds a second copy
# of the runtime, about as long as the first).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
: "${BASELINE:?set BASELINE to the revision to compare with, such as eed4385}"
rounds=${ROUNDS:-5}
batches=${BATCHES:-15}
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
baseline="$work/baseline-src"
cleanup() {
    if [ -z "${WORK:-}" ]; then
        git -C "$repo" worktree remove --force "$baseline" >/dev/null 2>&1 || true
        rm -rf "$work"
    fi
}
trap cleanup EXIT
if [ -d "$baseline" ]; then
    git -C "$baseline" checkout -q --detach "$BASELINE"
else
    git -C "$repo" worktree add -q --detach "$baseline" "$BASELINE" \
        || { echo "request-path-baseline.sh: cannot check out BASELINE=$BASELINE" >&2; exit 1; }
fi
echo "baseline: $(git -C "$baseline" log -1 --format='%h %s' | cut -c1-80)"
data=$(python3 -c 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')
config="$work/scan-only.json"
echo '{"operations": ["Scan"]}' > "$config"
scan="$work/scan-response.json"
python3 "$here/scan_response.py" "$scan"
snapshot="$here/Responses/create-cluster-snapshot.json"
cmp -s "$snapshot" "$baseline/Benchmarks/Responses/create-cluster-snapshot.json" \
    || { echo "request-path-baseline.sh: the baseline decodes another CreateClusterSnapshot response" >&2; exit 1; }

# Generates the Scan-only DynamoDB client of checkout $1 with its own (debug) generator, then builds its two
# benchmarks in release.
build() {
    local log="$work/build.log"
    swift build --package-path "$1" --product aws-codegen >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
    "$1/.build/debug/aws-codegen" generate "$data/dynamodb/2012-08-10" --config "$config" --module DynamoDB \
        --output "$1/Benchmarks/Sources/DynamoDB" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
    # SwiftPM keeps its build plan of the parent package and misses files added to it since; plan again.
    rm -f "$1/Benchmarks/.build/release.yaml"
    for product in SigningBenchmark DecodingBenchmark; do
        swift build -c release --package-path "$1/Benchmarks" --product "$product" >"$log" 2>&1 \
            || { cat "$log" >&2; exit 1; }
    done
}
build "$repo"
build "$baseline"

# Prints the median of its arguments.
median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
# The median a benchmark line gives.
figure() { sed -E 's/.*median ([0-9.]+) µs.*/\1/'; }

declare -A runs
for round in $(seq "$rounds"); do
    for side in ours baseline; do
        root=$repo
        [ "$side" = ours ] || root=$baseline
        line=$("$root/Benchmarks/.build/release/SigningBenchmark" "$batches")
        echo "round $round $side: $line"
        runs[$side/sign]="${runs[$side/sign]:-} $(echo "$line" | figure)"
        lines=$("$root/Benchmarks/.build/release/DecodingBenchmark" "$snapshot" "$scan" "$batches")
        echo "$lines" | sed "s/^/round $round $side: /"
        runs[$side/snapshot]="${runs[$side/snapshot]:-} $(echo "$lines" | grep CreateClusterSnapshot | figure)"
        runs[$side/scan]="${runs[$side/scan]:-} $(echo "$lines" | grep Scan | figure)"
    done
done
botocore_sign=$(python3 "$here/botocore_signing.py" "$batches")
botocore_decode=$(python3 "$here/botocore_decoding.py" "$snapshot" "$scan" "$batches")
echo "$botocore_sign"
echo "$botocore_decode"
declare -A botocore=(
    [sign]=$(echo "$botocore_sign" | figure)
    [snapshot]=$(echo "$botocore_decode" | grep CreateClusterSnapshot | figure)
    [scan]=$(echo "$botocore_decode" | grep Scan | figure)
)
declare -A names=([sign]=sign-create-cluster-snapshot [snapshot]=decode-CreateClusterSnapshot [scan]=decode-Scan)
for figure in sign snapshot scan; do
    ours=$(median ${runs[ours/$figure]})
    base=$(median ${runs[baseline/$figure]})
    awk -v n="${names[$figure]}" -v a="$ours" -v b="$base" -v p="${botocore[$figure]}" 'BEGIN {
        printf "%-30s %.2f µs against %.2f µs for the baseline: %.3f; botocore %.2f µs (%.1fx)\n", n, a, b, a / b, p, p / a }'
done
for figure in sign snapshot scan; do
    echo "RESULT ${names[$figure]} $(median ${runs[ours/$figure]}) µs baseline-$BASELINE $(median ${runs[baseline/$figure]})"
done
