#!/usr/bin/env bash
# Streaming 1 GiB (SIZE= to change) up and down through the default transport (AsyncHTTPClient) to a loopback
# server (streaming_server.py, which serves GETs of SIZE bytes and reads PUT bodies to the end), against boto3's
# upload_file/download_file (s3transfer) to the same server in the same run: one streamed PutObject and GetObject,
# and the client's transfers (uploadFile, downloadFile: parts sent and ranges fetched concurrently). Each side runs in
# its own process for each direction, ROUNDS times (default 3); prints the time, the MB/s and the process's peak RSS
# of each run, then the medians as RESULT lines. The Swift upload signs its payload (one read of
# the file for the SHA-256 and the CRC-32 checksum, one to send), as the client does by default over plain HTTP.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
size=${SIZE:-1073741824}
"$here/generate-xml-clients.sh"
log=$(mktemp)
work=$(mktemp -d)
port_file="$work/port"
python3 "$here/streaming_server.py" "$size" >"$port_file" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work" "$log"' EXIT
# SwiftPM keeps its build plan of the parent package and misses files added to it since; plan again.
rm -f "$here/.build/release.yaml"
swift build -c release --package-path "$here" --product StreamingBenchmark >"$log" || { cat "$log"; exit 1; }
for _ in $(seq 50); do [ -s "$port_file" ] && break; sleep 0.1; done
endpoint="http://127.0.0.1:$(cat "$port_file")"
head -c "$size" /dev/urandom >"$work/source.bin"
benchmark="$here/.build/release/StreamingBenchmark"
rounds=${ROUNDS:-3}
for _ in $(seq "$rounds"); do
    for mode in upload upload-file; do
        "$benchmark" "$endpoint" "$mode" "$work/source.bin" "$size" | tee -a "$work/lines"
    done
    python3 "$here/botocore_streaming.py" "$endpoint" upload "$work/source.bin" "$size" | tee -a "$work/lines"
    for mode in download download-file; do
        rm -f "$work/download.bin"
        "$benchmark" "$endpoint" "$mode" "$work/download.bin" "$size" | tee -a "$work/lines"
    done
    rm -f "$work/download.bin"
    python3 "$here/botocore_streaming.py" "$endpoint" download "$work/download.bin" "$size" | tee -a "$work/lines"
done
# Medians of the rounds, each Swift figure against boto3's in the same direction.
python3 - "$work/lines" "$size" <<'EOF'
import statistics
import sys

runs = {}
for line in open(sys.argv[1]):
    side, rest = line.split(" ", 1)
    mode, rest = rest.split(": ", 1)
    seconds = float(rest.split(" s,")[0])
    rss = float(rest.split("peak RSS ")[1].split(" MiB")[0])
    runs.setdefault((side, mode), []).append((seconds, rss))
gib = f"{int(sys.argv[2]) / 2**30:g}GiB"
for mode, baseline in [("upload", "upload"), ("upload-file", "upload"), ("download", "download"), ("download-file", "download")]:
    ours, theirs = runs[("swift", mode)], runs[("boto3", baseline)]
    median = lambda values, i: statistics.median(value[i] for value in values)
    print(f"RESULT {mode}-{gib}-seconds {median(ours, 0):.2f} s boto3-{baseline}_file {median(theirs, 0):.2f}")
    print(f"RESULT {mode}-{gib}-peak-RSS {median(ours, 1):.1f} MiB boto3-{baseline}_file {median(theirs, 1):.1f}")
EOF
