#!/usr/bin/env bash
# Counts the instructions (callgrind's Ir) of building and signing one CreateClusterSnapshot request, as
# `SigningBenchmark` does it (release), and prints them per request: in all, in SHA-256's block function, and the
# rest. Unlike times on a shared machine, the count repeats to the last digits, so it shows what a change to the
# request path saves. Valgrind runs BoringSSL's SHA-256 without the SHA instructions a native run uses, so the
# block function's share is far larger than in a timed run: the rest is the figure to watch. The binary is copied and
# stripped of its debug information first, which this valgrind cannot read. Not part of `make bench`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
iterations=${ITERATIONS:-5000}
command -v valgrind >/dev/null || { echo "signing-instructions.sh: needs valgrind" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
touch "$here/Sources/SigningBenchmark/main.swift"
rm -f "$here/.build/release.yaml"
swift build -c release --package-path "$here" --product SigningBenchmark > "$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 1; }
cp "$here/.build/release/SigningBenchmark" "$work/SigningBenchmark"
strip --strip-debug "$work/SigningBenchmark"
valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$work/SigningBenchmark" 1 "$iterations" \
    > /dev/null 2> "$work/log" || { cat "$work/log" >&2; exit 1; }
callgrind_annotate --inclusive=yes "$work/callgrind.out" | python3 -c '
import re, sys
iterations = int(sys.argv[1])
total = sha = None
for line in sys.stdin:
    match = re.match(r"\s*([\d,]+) .*?:(\S+)", line)
    if not match:
        continue
    count, function = int(match.group(1).replace(",", "")), match.group(2)
    if function == "$s16SigningBenchmarkyyKXEfU3_":  # the timed closure: build, sign, count the headers
        total = count
    elif function.startswith("CCryptoBoringSSL_sha256_block_data_order"):
        sha = max(sha or 0, count)
if total is None or sha is None:
    sys.exit("signing-instructions.sh: the benchmark closure or the SHA-256 block function was not found")
print("instructions per request: %d in all, %d in SHA-256 blocks, %d the rest" % (
    total / iterations, sha / iterations, (total - sha) / iterations))
' "$iterations"
