#!/usr/bin/env bash
# Resolving S3 GetObject endpoints with a new bucket name each time: our rules engine and a generated S3 client
# (release build) against botocore's rules engine on the same rule set and parameters, run one after the other in
# the same invocation. Prints the medians and the ratio of the engines, then a RESULT line (see run-all.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
"$here/generate-xml-clients.sh"
# SwiftPM does not rebuild the benchmark when a runtime struct it holds changes layout: touch it.
touch "$here/Sources/EndpointBenchmark/main.swift"
# SwiftPM keeps its build plan of the parent package and misses files added to it since; plan again.
rm -f "$here/.build/release.yaml"
swift build -c release --package-path "$here" --product EndpointBenchmark >/dev/null
swift_lines=$(cd "$here" && .build/release/EndpointBenchmark "${BATCHES:-25}")
python_line=$(python3 "$here/botocore_endpoints.py" "${BATCHES:-25}")
echo "$swift_lines"
echo "$python_line"
swift_us=$(echo "$swift_lines" | head -1 | sed -E 's/.*median ([0-9.]+) µs.*/\1/')
python_us=$(echo "$python_line" | sed -E 's/.*median ([0-9.]+) µs.*/\1/')
python3 -c "print('botocore / swift (rules engine): %.1fx' % ($python_us / $swift_us))"
echo "RESULT endpoint-rules-s3-get-object $swift_us µs botocore $python_us"
