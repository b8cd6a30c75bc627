#!/usr/bin/env bash
# Building plus signing a CreateClusterSnapshot request: our runtime (release build) against botocore doing
# the same work, run one after the other in the same invocation. Prints both medians and the ratio, then a RESULT
# line (see run-all.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# SwiftPM does not rebuild the benchmark when a runtime struct it holds changes layout: touch it.
touch "$here/Sources/SigningBenchmark/main.swift"
# SwiftPM keeps its build plan of the parent package and misses files added to it since; plan again.
rm -f "$here/.build/release.yaml"
swift build -c release --package-path "$here" --product SigningBenchmark >/dev/null
swift_line=$("$here/.build/release/SigningBenchmark" "${BATCHES:-25}")
python_line=$(python3 "$here/botocore_signing.py" "${BATCHES:-25}")
echo "$swift_line"
echo "$python_line"
swift_us=$(echo "$swift_line" | sed -E 's/.*median ([0-9.]+) µs.*/\1/')
python_us=$(echo "$python_line" | sed -E 's/.*median ([0-9.]+) µs.*/\1/')
python3 -c "print('botocore / swift: %.1fx' % ($python_us / $swift_us))"
echo "RESULT sign-create-cluster-snapshot $swift_us µs botocore $python_us"
