#!/usr/bin/env bash
# Streaming 1 GiB (SIZE= to change) up and down through the default transport (AsyncHTTPClient) to a loopback
# server (streaming_server.py, which serves GETs of SIZE bytes and reads PUT bodies to the end), against boto3's
# upload_file/download_file (s3transfer) to the same server in the same run. Each side runs in its own process for
# each direction; prints the time, the MB/s and the process's peak RSS. The Swift upload signs its payload (one read of
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
swift build -c release --package-path "$here" --product StreamingBenchmark >"$log" || { cat "$log"; exit 1; }
for _ in $(seq 50); do [ -s "$port_file" ] && break; sleep 0.1; done
endpoint="http://127.0.0.1:$(cat "$port_file")"
head -c "$size" /dev/urandom >"$work/source.bin"
benchmark="$here/.build/release/StreamingBenchmark"
"$benchmark" "$endpoint" upload "$work/source.bin" "$size"
python3 "$here/botocore_streaming.py" "$endpoint" upload "$work/source.bin" "$size"
"$benchmark" "$endpoint" download "$work/download.bin" "$size"
rm -f "$work/download.bin"
python3 "$here/botocore_streaming.py" "$endpoint" download "$work/download.bin" "$size"
