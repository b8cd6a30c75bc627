#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/Sources/AWSFuzz) with -sanitize=fuzzer,address into .build-fuzz and runs
# each for FUZZ_SECONDS (default 60) from its committed seed corpus, Fuzz/corpus/<target>. New inputs go to
# .build-fuzz/fuzz-corpus/<target> (kept between runs, never committed); crashes, timeouts and out-of-memory
# inputs go to .build-fuzz/findings/<target>/, and each run's log to .build-fuzz/findings/<target>.log.
#
#   Fuzz/run.sh                 every target, one after another
#   Fuzz/run.sh json model      only these
#   FUZZ_SECONDS=600 Fuzz/run.sh xml
#
# An input that takes longer than FUZZ_TIMEOUT seconds (default 10), or makes the process use more than
# FUZZ_RSS_MB (default 2048) or allocate more than FUZZ_MALLOC_MB at once (default 512), is a finding, as is a
# crash or an AddressSanitizer report. Exits 1 when any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."

FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-10}
FUZZ_RSS_MB=${FUZZ_RSS_MB:-2048}
FUZZ_MALLOC_MB=${FUZZ_MALLOC_MB:-512}
BUILD=.build-fuzz

# Only the fuzz product, without the AsyncHTTPClient trait (the targets use a stub transport). lld: gold fails
# on the sanitizers' objects here.
AWS_CODEGEN_FUZZ=1 swift build --build-path "$BUILD" --disable-default-traits --product AWSFuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
binary="$BUILD/debug/AWSFuzz"

if [ $# -gt 0 ]; then
    targets=("$@")
else
    mapfile -t targets < <("$binary" --list 2>&1 | sed -n 's/^  \([a-z0-9-]*\):.*/\1/p')
fi

failed=()
summary=()
for target in "${targets[@]}"; do
    mkdir -p "$BUILD/fuzz-corpus/$target" "$BUILD/findings/$target"
    log="$BUILD/findings/$target.log"
    echo "== $target: ${FUZZ_SECONDS}s"
    status=0
    # Swift's runtime keeps caches that LeakSanitizer would report; unbounded memory is caught by the limits.
    # Swift's own backtracer would catch the crash first (and trips AddressSanitizer reading memory).
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 AWS_FUZZ_ROOT="$PWD" "$binary" "$target" \
        -max_total_time="$FUZZ_SECONDS" -timeout="$FUZZ_TIMEOUT" -rss_limit_mb="$FUZZ_RSS_MB" \
        -malloc_limit_mb="$FUZZ_MALLOC_MB" -detect_leaks=0 -print_final_stats=1 \
        -artifact_prefix="$BUILD/findings/$target/" \
        "$BUILD/fuzz-corpus/$target" "Fuzz/corpus/$target" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    if [ "$status" -ne 0 ]; then
        failed+=("$target")
        grep -m3 -E "ERROR: |==ERROR|Fatal error|Test unit written" "$log" || tail -5 "$log"
    fi
    summary+=("$(printf '%-15s %10s executions  %s' "$target" "${runs:-?}" "$([ "$status" -eq 0 ] && echo ok || echo "FINDING (see $log)")")")
done

printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "findings in: ${failed[*]}" >&2
    exit 1
fi
