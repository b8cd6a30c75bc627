#!/usr/bin/env bash
# Times the release generator's `generate --all` over botocore's data directory: median of RUNS runs into
# an empty folder (every file written) and into a folder already up to date (no file written), next to a
# baseline measured in the same run: decompressing every model file of the data directory with `gzip -dc`.
# Prints medians in seconds. DATA= names the data directory (default: the installed botocore's).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-5}
data=${DATA:-$(python3 -c 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')}
swift build -c release --product aws-codegen --package-path "$repo" --scratch-path "$repo/.build-release" >/dev/null
tool="$repo/.build-release/release/aws-codegen"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Runs "$@" RUNS times (after `before`, untimed) and prints the median in milliseconds.
measure() {
    local before=$1
    shift
    local times=()
    for _ in $(seq "$runs"); do
        eval "$before"
        local start=$(date +%s%N)
        "$@" > /dev/null 2>&1 || true
        local end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( runs / 2 + 1 ))p"
}
seconds() { printf '%d.%03d s' $(($1 / 1000)) $(($1 % 1000)); }

fresh=$(measure 'rm -rf "$out/all"' "$tool" generate --all "$data" --output "$out/all")
unchanged=$(measure ':' "$tool" generate --all "$data" --output "$out/all")
baseline=$(measure ':' sh -c "find '$data' -name '*.json.gz' -exec gzip -dc {} + > /dev/null")
models=$(find "$data" -name 'service-2.json*' | wc -l)
echo "aws-codegen generate --all ($models models), median of $runs runs:"
echo "  into an empty folder:      $(seconds "$fresh")"
echo "  into an up-to-date folder: $(seconds "$unchanged")"
echo "baseline, gzip -dc of every model file: $(seconds "$baseline")"
awk -v a="$unchanged" -v b="$baseline" 'BEGIN { printf "ratio, up to date / baseline: %.2f\n", a / b }'
