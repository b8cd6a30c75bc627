#!/usr/bin/env bash
# Decoding a CreateClusterSnapshot response (669 bytes, rest-json) and a DynamoDB Scan response (about 1 MB,
# awsJson 1.0): our runtime (release build, through AWSClient.parseResponse) against botocore's parsers on the
# same bytes, run one after the other in the same invocation. Prints both medians and the ratios, then RESULT lines
# (see run-all.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
"$here/generate-dynamodb.sh"
scan=$(mktemp)
log=$(mktemp)
trap 'rm -f "$scan" "$log"' EXIT
# SwiftPM keeps its build plan of the parent package and misses files added to it since; plan again.
rm -f "$here/.build/release.yaml"
swift build -c release --package-path "$here" --product DecodingBenchmark >"$log" || { cat "$log"; exit 1; }
python3 "$here/scan_response.py" "$scan"
snapshot="$here/Responses/create-cluster-snapshot.json"
swift_lines=$("$here/.build/release/DecodingBenchmark" "$snapshot" "$scan" "${BATCHES:-25}")
python_lines=$(python3 "$here/botocore_decoding.py" "$snapshot" "$scan" "${BATCHES:-25}")
echo "$swift_lines"
echo "$python_lines"
median() { echo "$1" | grep "$2" | sed -E 's/.*median ([0-9.]+) µs.*/\1/'; }
for operation in CreateClusterSnapshot Scan; do
    python3 -c "print('$operation, botocore / swift: %.1fx' % ($(median "$python_lines" "$operation") / $(median "$swift_lines" "$operation")))"
done
for operation in CreateClusterSnapshot Scan; do
    echo "RESULT decode-$operation $(median "$swift_lines" "$operation") µs botocore $(median "$python_lines" "$operation")"
done
