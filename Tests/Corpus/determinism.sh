#!/usr/bin/env bash
# Generates every botocore model twice, into two folders, and requires identical bytes; then a third run
# over the first folder must write nothing (files are written only when their bytes change). The first run
# reports the paginators (`--report-paginators`): every one of a module with a client must get methods.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
data=${DATA:-$(python3 -c 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build --package-path "$repo" --product aws-codegen >/dev/null
tool="$repo/.build/debug/aws-codegen"
"$tool" generate --all "$data" --output "$work/a" --report-paginators 2>/dev/null
"$tool" generate --all "$data" --output "$work/b" 2>/dev/null > /dev/null
diff -r -q "$work/a" "$work/b" && echo "ok: two runs gave identical bytes"
"$tool" generate --all "$data" --output "$work/a" --check 2>/dev/null | tail -n 1
echo "Determinism: 2 passed, 0 failed"
