#!/usr/bin/env bash
# One generated client under load (release build): CALLS calls (default 100,000) from CONCURRENCY tasks (64) to a
# loopback server in the same process, against the same number of bare requests through the same AsyncHTTPClient
# transport, ROUNDS times (3). Prints the medians of calls per second and CPU time per call, the client's overhead
# per call, the connections the server accepted and the resident set size, then RESULT lines (see run-all.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# SwiftPM keeps its build plan of the parent package and misses files added to it since; plan again.
rm -f "$here/.build/release.yaml"
swift build -c release --package-path "$here" --product LoadBenchmark >"$log" || { cat "$log"; exit 1; }
"$here/.build/release/LoadBenchmark" "${CALLS:-100000}" "${CONCURRENCY:-64}" "${ROUNDS:-3}"
