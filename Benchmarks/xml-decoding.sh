#!/usr/bin/env bash
# Decoding a ListObjectsV2 response with 1,000 keys (S3, rest-xml) and a 1 MB DescribeInstances response (EC2,
# ec2): our runtime (release build, through AWSClient.parseResponse) against botocore's parsers on the same bytes,
# run one after the other in the same invocation. Prints both medians and the ratios, then RESULT lines
# (see run-all.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
"$here/generate-xml-clients.sh"
list=$(mktemp)
describe=$(mktemp)
log=$(mktemp)
trap 'rm -f "$list" "$describe" "$log"' EXIT
# SwiftPM keeps its build plan of the parent package and misses files added to it since; plan again.
rm -f "$here/.build/release.yaml"
swift build -c release --package-path "$here" --product XMLDecodingBenchmark >"$log" || { cat "$log"; exit 1; }
python3 "$here/xml_responses.py" "$list" "$describe"
swift_lines=$("$here/.build/release/XMLDecodingBenchmark" "$list" "$describe" "${BATCHES:-15}")
python_lines=$(python3 "$here/botocore_xml_decoding.py" "$list" "$describe" "${BATCHES:-15}")
echo "$swift_lines"
echo "$python_lines"
median() { echo "$1" | grep "$2" | sed -E 's/.*median ([0-9.]+) µs.*/\1/'; }
for operation in ListObjectsV2 DescribeInstances; do
    python3 -c "print('$operation, botocore / swift: %.1fx' % ($(median "$python_lines" "$operation") / $(median "$swift_lines" "$operation")))"
done
for operation in ListObjectsV2 DescribeInstances; do
    echo "RESULT decode-$operation $(median "$swift_lines" "$operation") µs botocore $(median "$python_lines" "$operation")"
done
