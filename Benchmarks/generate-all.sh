#!/usr/bin/env bash
# Times the release generator's `generate --all` over botocore's data directory: median of RUNS runs into
# an empty folder (every file written), into a folder already up to date (no file written, every model skipped
# by the state of the last run), and into the same folder without that state (every model read, rendered and
# compared with its files, none written), next to two baselines measured in the same run:
#   - the floor: decompressing and parsing every model file the generator reads (service-2, paginators-1,
#     waiters-2, endpoint-rule-set-1) with zlib and json-c on both cores (jsonc_floor.c);
#   - Python's json.load of every service-2.json (python_json_load.py), as botocore loads a model.
# Prints medians in seconds, then RESULT lines (see Benchmarks/run-all.sh). DATA= names the data directory
# (default: the installed botocore's).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
runs=${RUNS:-5}
data=${DATA:-$(python3 -c 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')}
swift build -c release --product aws-codegen --package-path "$repo" --scratch-path "$repo/.build-release" >/dev/null
tool="$repo/.build-release/release/aws-codegen"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cc -O2 -o "$out/jsonc_floor" "$here/jsonc_floor.c" $(pkg-config --cflags --libs json-c) -lz -lpthread
find "$data" -mindepth 3 -maxdepth 3 \( -name 'service-2.json*' -o -name 'paginators-1.json*' -o -name 'waiters-2.json*' \
    -o -name 'endpoint-rule-set-1.json*' \) > "$out/files"
# The floor must read every file, or it measures nothing.
"$out/jsonc_floor" 2 < "$out/files"

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
compared=$(measure 'rm -f "$out/all/.aws-codegen-state"' "$tool" generate --all "$data" --output "$out/all")
floor=$(measure ':' sh -c "'$out/jsonc_floor' 2 < '$out/files'")
python=$(measure ':' python3 "$here/python_json_load.py" "$data")
models=$(find "$data" -name 'service-2.json*' | wc -l)
echo "aws-codegen generate --all ($models models), median of $runs runs:"
echo "  into an empty folder:      $(seconds "$fresh")"
echo "  into an up-to-date folder: $(seconds "$unchanged")"
echo "  the same without its state: $(seconds "$compared")"
echo "baseline, json-c parsing every model file ($(wc -l < "$out/files") files) on 2 threads: $(seconds "$floor")"
echo "baseline, Python's json.load of every service-2.json: $(seconds "$python")"
awk -v a="$unchanged" -v c="$compared" -v f="$floor" -v p="$python" \
    'BEGIN { printf "ratio, up to date / json-c: %.2f; up to date / Python: %.2f; without state / Python: %.2f\n", a / f, a / p, c / p }'
echo "RESULT generate-all-up-to-date $unchanged ms json-c-floor $floor"
echo "RESULT generate-all-up-to-date $unchanged ms python-json-load $python"
echo "RESULT generate-all-without-state $compared ms json-c-floor $floor"
echo "RESULT generate-all-without-state $compared ms python-json-load $python"
echo "RESULT generate-all-empty-folder $fresh ms json-c-floor $floor"
echo "RESULT generate-all-empty-folder $fresh ms python-json-load $python"
