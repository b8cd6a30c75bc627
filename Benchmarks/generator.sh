#!/usr/bin/env bash
# Times the release generator on docdb-elastic: median of RUNS runs, each a fresh process writing into an
# empty folder (so every file is written), next to a baseline of the same binary's start-up, measured in
# the same run. Prints medians in milliseconds, then a RESULT line (see run-all.sh).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-21}
model=${MODEL:-$repo/models/docdb-elastic}
swift build -c release --product aws-codegen --package-path "$repo" --scratch-path "$repo/.build-release" >/dev/null
tool="$repo/.build-release/release/aws-codegen"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Runs "$@" RUNS times, interleaved with the baseline, and prints the median in microseconds.
measure() {
    local times=()
    for _ in $(seq "$runs"); do
        rm -rf "$out/gen"
        local start=$(date +%s%N)
        "$@" > /dev/null
        local end=$(date +%s%N)
        times+=($(( (end - start) / 1000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( runs / 2 + 1 ))p"
}
generate=$(measure "$tool" generate "$model" --output "$out/gen")
startup=$(measure "$tool" --help)
printf 'aws-codegen generate %s: median %d.%03d ms over %d runs\n' "$(basename "$model")" $((generate / 1000)) $((generate % 1000)) "$runs"
printf 'baseline, the same binary printing --help (process start-up): median %d.%03d ms\n' $((startup / 1000)) $((startup % 1000))
printf 'generation beyond start-up: %d.%03d ms\n' $(((generate - startup) / 1000)) $(((generate - startup) % 1000))
printf 'RESULT generate-%s %d.%03d ms process-start-up %d.%03d\n' "$(basename "$model")" $((generate / 1000)) $((generate % 1000)) \
    $((startup / 1000)) $((startup % 1000))
