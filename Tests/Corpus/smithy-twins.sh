#!/usr/bin/env bash
# Generates Swift from each Smithy JSON AST model and from its botocore twin, and compares the two with
# `diff -r`; prints the services whose output differs, then the identical and different counts.
#
#   Tests/Corpus/smithy-twins.sh [smithy-file.json ...]
#
# Without arguments it compares every twin in the index. SMITHY= names the folder of Smithy models and
# their index.json (default: /work/shared/models/smithy); DATA= the botocore data directory (default: the
# installed botocore's); CODEGEN= the aws-codegen binary (default: build it); WORK= keeps the outputs in
# that folder (default: a temporary one); VERBOSE=1 prints each diff.
#
# LOOSE=1 also counts the different twins that match once `smithy-loosen.py` sets aside what botocore's
# model conversion and its later release change (doc comments, endpoint rules, pattern anchors, a length
# minimum of 0), and waiters' time limits, which only botocore (maxAttempts) or only Smithy (maxDelay) states. The rest differ in what the models say: members, enum values, paginators one side lacks.
#
# REPORT=<file.md> (implies LOOSE=1) also writes a Markdown report of every twin: the counts, then for
# each different twin what `smithy-twin-report.py` finds between the two outputs once loosened (operations,
# types, members, enum values, constraints, paginators… that one side lacks or changes), and the
# generator's warnings. For example: REPORT=Tests/Corpus/smithy-twins.md Tests/Corpus/smithy-twins.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
smithy=${SMITHY:-/work/shared/models/smithy}
data=${DATA:-$(python3 -c 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')}
work=${WORK:-$(mktemp -d)}
[ -z "${REPORT:-}" ] || LOOSE=1
[ -n "${WORK:-}" ] || trap 'rm -rf "$work"' EXIT
if [ -z "${CODEGEN:-}" ]; then
    swift build --package-path "$repo" --product aws-codegen >/dev/null
    CODEGEN="$repo/.build/debug/aws-codegen"
fi

# "<smithy file> <botocore service>/<api version>" per twin.
twins=$(python3 - "$smithy/index.json" "$@" <<'EOF'
import json, sys
wanted = set(sys.argv[2:])
for entry in json.load(open(sys.argv[1])):
    if not wanted or entry["smithy_file"] in wanted:
        print(entry["smithy_file"], entry["botocore_service"] + "/" + entry["api_version"])
EOF
)

# Whether two output folders hold the same files once loosened.
loosely_identical() {
    local file
    [ "$(ls "$1")" = "$(ls "$2")" ] || return 1
    for file in "$1"/*; do
        cmp -s <(python3 "$repo/Tests/Corpus/smithy-loosen.py" "$file" 2>/dev/null) \
            <(python3 "$repo/Tests/Corpus/smithy-loosen.py" "$2/$(basename "$file")" 2>/dev/null) || return 1
    done
}

identical=0
different=0
loose=0
while read -r file twin; do
    name=${file%.json}
    rm -rf "$work/$name"
    mkdir -p "$work/$name/smithy" "$work/$name/botocore"
    "$CODEGEN" generate "$smithy/$file" --output "$work/$name/smithy" 2>"$work/$name/smithy.stderr" || true
    "$CODEGEN" generate "$data/$twin" --output "$work/$name/botocore" 2>"$work/$name/botocore.stderr" || true
    if diff -r "$work/$name/botocore" "$work/$name/smithy" > "$work/$name.diff"; then
        identical=$((identical + 1))
    else
        different=$((different + 1))
        if [ -n "${LOOSE:-}" ] && loosely_identical "$work/$name/botocore" "$work/$name/smithy"; then
            loose=$((loose + 1))
            echo "different, loosely identical: $file"
            continue
        fi
        echo "different: $file ($(grep -c '^[<>]' "$work/$name.diff") lines)"
        [ -z "${VERBOSE:-}" ] || cat "$work/$name.diff"
    fi
done <<< "$twins"
echo "identical: $identical, different: $different"
[ -z "${LOOSE:-}" ] || echo "different but loosely identical: $loose"
if [ -n "${REPORT:-}" ]; then
    python3 "$repo/Tests/Corpus/smithy-twin-report.py" --markdown "$work" "$smithy/index.json" "$data" "$@" > "$REPORT"
    echo "report: $REPORT"
fi
