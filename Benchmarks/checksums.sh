#!/usr/bin/env bash
# CRC-32, CRC-32C, CRC-64/NVME (and SHA-256) throughput over a 64 MiB buffer on one core: our runtime (release
# build, pure Swift) against Python's zlib.crc32 on the same bytes, run one after the other. Prints the medians
# in GB/s, checks that both computed the same CRC-32, then prints RESULT lines (see run-all.sh). PYTHON= picks the interpreter (one with awscrt adds
# awscrt's CRC-32C and CRC-64/NVME).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# SwiftPM keeps its build plan of the parent package and misses files added to it since; plan again.
rm -f "$here/.build/release.yaml"
swift build -c release --package-path "$here" --product ChecksumBenchmark >/dev/null
swift_lines=$("$here/.build/release/ChecksumBenchmark" "${BATCHES:-9}")
python_lines=$("${PYTHON:-python3}" "$here/botocore_checksums.py" "${BATCHES:-9}")
echo "$swift_lines"
echo "$python_lines"
swift_crc=$(echo "$swift_lines" | sed -nE 's/^swift crc32: .*digest ([0-9a-f]+)$/\1/p')
python_crc=$(echo "$python_lines" | sed -nE 's/^python zlib.crc32: .*digest ([0-9a-f]+)$/\1/p')
[ "$swift_crc" = "$python_crc" ] || { echo "CRC-32 differs: swift $swift_crc, python $python_crc" >&2; exit 1; }
gbs() { echo "$1" | sed -nE "s/^$2: median ([0-9.]+) GB\/s.*/\1/p"; }
zlib=$(gbs "$python_lines" 'python zlib.crc32')
for algorithm in crc32 crc32c crc64nvme; do
    value=$(gbs "$swift_lines" "swift $algorithm")
    [ -z "$value" ] || echo "RESULT checksum-$algorithm $value GB/s python-zlib-crc32 $zlib"
done
