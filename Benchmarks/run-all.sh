#!/usr/bin/env bash
# Runs the benchmarks of this folder one after the other and writes BENCHMARKS.md (write_report.py): every RESULT
# line they print (`RESULT <figure> <median> <unit> <baseline> <baseline median>`, the baseline measured in the same
# run) with its ratio, the machine and the commit. `make bench` runs it.
#
#   Benchmarks/run-all.sh                 # every benchmark (about an hour; run it on a quiet machine)
#   Benchmarks/run-all.sh signing load    # some of them, by script name
#
# OUTPUT= names the report (default: BENCHMARKS.md at the repository root). A benchmark that fails is named in the
# report, the others still run, and the exit status is 1.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
all="signing decoding xml-decoding endpoints checksums streaming load generator generate-all compile-time binary-size consumer-build"
selected=${*:-$all}
for name in $selected; do
    case " $all " in
        *" $name "*) ;;
        *) echo "run-all.sh: no benchmark named $name (there are: $all)" >&2; exit 1 ;;
    esac
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: > "$work/results"
: > "$work/runs"
for name in $selected; do
    echo "== $name"
    start=$(date +%s)
    status=ok
    "$here/$name.sh" 2>&1 | tee "$work/$name.log" || status=failed
    grep '^RESULT ' "$work/$name.log" | sed "s/^RESULT /$name /" >> "$work/results" || true
    echo "$name $status $(( $(date +%s) - start ))" >> "$work/runs"
done
python3 "$here/write_report.py" --results "$work/results" --runs "$work/runs" --repo "$repo" \
    --output "${OUTPUT:-$repo/BENCHMARKS.md}"
! grep -q ' failed ' "$work/runs"
