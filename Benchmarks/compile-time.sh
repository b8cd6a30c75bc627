#!/usr/bin/env bash
# How long generated modules take to compile: generates sample botocore models with the CLI into a scratch
# package (one SwiftPM target per module against AWSRuntime with `traits: []`, as
# Tests/Corpus/compile-models.sh does), builds the dependencies once, then compiles each module target alone
# RUNS times, touching only that target's sources and deleting its object files between runs, and prints the
# median per module. Touching alone would time a build without code generation: the frontend skips LLVM for an
# object file whose IR hash it already holds (incremental LLVM code generation), and LLVM is about half of a
# cold compile.
#
#   Benchmarks/compile-time.sh                       # DynamoDB, SageMaker and QuickSight, 3 runs each
#   MODULES="DynamoDB Lambda" RUNS=5 Benchmarks/compile-time.sh
#   BASELINE=eed4385 Benchmarks/compile-time.sh      # also times the code that revision generates, in turn
#   Benchmarks/compile-time.sh --all                 # times Tests/Corpus/compile-models.sh --all (Swift 5 mode)
#   INSTRUCTIONS=1 MODULES=DynamoDB Benchmarks/compile-time.sh   # the compiler's instructions, job by job
#
# With BASELINE=<revision>, the generator and runtime of that revision (checked out into $WORK/baseline-src)
# generate the same modules into a second package, and each run builds the module from both packages one
# after the other; the last lines give both medians and their ratio.
# Runs alternate between modules (DynamoDB, SageMaker, …, DynamoDB, …) so that a busy moment of a shared
# machine spreads over all of them. The time is the wall time of `swift build --target`, which includes
# SwiftPM's planning; the no-op build printed first is that overhead, and the baseline of the RESULT lines (see
# run-all.sh) unless BASELINE= is given. DATA= names the botocore data
# directory (default: the installed botocore's); WORK= keeps the package in that folder (default: a
# temporary one); FLAGS= adds `swift build` flags, such as
# `-Xswiftc -Xfrontend -Xswiftc -debug-time-function-bodies` (the log of the last run is
# $WORK/<Module>.log). The modules compile in Swift 5 language mode, as Package.swift builds those in Generated/;
# LANGUAGE_MODE=6 compiles them in Swift 6 mode, as a user's Swift 6 target compiles what the build plugin
# generates into it. Stays out of CI.
#
# INSTRUCTIONS=1 builds each module once with each of its compiler jobs run under callgrind (through the driver's
# SWIFT_DRIVER_SWIFT_FRONTEND_EXEC) and prints the instructions of each job: the emit-module job and the compile
# batches (on 2 cores, three batches of 17 consecutive files). Unlike a time on a shared machine, the count barely moves
# from run to run, so it shows what a change to the generated code saves; with BASELINE= it prints the ratio of
# the compile jobs' totals. DynamoDB takes about 5 minutes so on 2 cores.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)

if [ "${1:-}" = "--all" ]; then
    start=$(date +%s)
    LANGUAGE_MODE=${LANGUAGE_MODE:-5} "$repo/Tests/Corpus/compile-models.sh" --all
    echo "compile-models.sh --all: $(( $(date +%s) - start )) s"
    exit
fi

data=${DATA:-$(python3 -c 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')}
modules=${MODULES:-DynamoDB SageMaker QuickSight}
runs=${RUNS:-3}
language_mode=${LANGUAGE_MODE:-5}
work=${WORK:-$(mktemp -d)}
[ -n "${WORK:-}" ] || trap 'rm -rf "$work"' EXIT
read -r -a flags <<< "${FLAGS:-}"

# A data directory with only the services whose serviceId, without spaces and dashes, is one of $modules.
rm -rf "$work/data" "$work/Sources"
mkdir -p "$work/data" "$work/Sources"
python3 - "$data" "$work/data" $modules <<'PYTHON'
import gzip, json, os, sys
data, out, modules = sys.argv[1], sys.argv[2], {m.lower() for m in sys.argv[3:]}
for service in sorted(os.listdir(data)):
    folder = os.path.join(data, service)
    versions = sorted(v for v in os.listdir(folder) if os.path.isdir(os.path.join(folder, v))) if os.path.isdir(folder) else []
    for version in reversed(versions):
        path = os.path.join(folder, version, "service-2.json.gz")
        if os.path.exists(path):
            service_id = json.load(gzip.open(path))["metadata"].get("serviceId", "")
            if service_id.replace(" ", "").replace("-", "").lower() in modules:
                os.symlink(folder, os.path.join(out, service))
            break
PYTHON

# Builds target Bench$2 of package $1, its log in $1/$2.log; on failure prints the log's end and exits.
build_target() {
    swift build --package-path "$1" --target "Bench$2" "${flags[@]}" > "$1/$2.log" 2>&1 \
        || { tail -n 30 "$1/$2.log" >&2; exit 1; }
}

# write_package <package dir> <repository>: generates $modules with <repository>'s generator into
# <package dir>/Sources and writes a package with one target per module, depending on that repository.
write_package() {
    local package=$1 source=$2
    mkdir -p "$package"
    rm -rf "$package/Sources"
    swift build --package-path "$source" --product aws-codegen >/dev/null
    "$source/.build/debug/aws-codegen" generate --all "$work/data" --output "$package/Sources" > "$package/generate.log" 2>&1 \
        || { cat "$package/generate.log"; exit 1; }
    tail -n 1 "$package/generate.log"
    {
        echo '// swift-tools-version: 6.1'
        echo 'import PackageDescription'
        echo 'let package = Package('
        echo '    name: "CompileTime", platforms: [.macOS(.v13)],'
        echo "    dependencies: [.package(name: \"swift-aws-codegen\", path: \"$source\", traits: [])],"
        echo '    targets: ['
        for module in $modules; do
            [ -d "$package/Sources/$module" ] || { echo "no model makes module $module" >&2; exit 1; }
            echo "        .target(name: \"Bench$module\", dependencies: [.product(name: \"AWSRuntime\", package: \"swift-aws-codegen\")], path: \"Sources/$module\", swiftSettings: [.swiftLanguageMode(.v$language_mode)]),"
        done
        echo '    ]'
        echo ')'
    } > "$package/Package.swift"
    # The first build of each target builds the dependencies too; it is not timed.
    for module in $modules; do
        build_target "$package" "$module"
    done
}

packages=("$work")
write_package "$work" "$repo"
if [ -n "${BASELINE:-}" ]; then
    if [ ! -d "$work/baseline-src" ]; then
        git -C "$repo" worktree add --detach "$work/baseline-src" "$BASELINE" >/dev/null 2>&1 \
            || { echo "cannot check out BASELINE=$BASELINE" >&2; exit 1; }
        [ -n "${WORK:-}" ] || trap 'git -C "$repo" worktree remove --force "$work/baseline-src"; rm -rf "$work"' EXIT
    else
        git -C "$work/baseline-src" checkout --detach "$BASELINE" >/dev/null 2>&1
    fi
    echo "baseline: $(git -C "$work/baseline-src" log -1 --format='%h %s' | cut -c1-80)"
    write_package "$work/baseline" "$work/baseline-src"
    packages+=("$work/baseline")
fi

# Makes the next build of target Bench$2 of package $1 compile every file from scratch, code generation included.
invalidate() {
    touch "$1/Sources/$2"/*.swift
    find "$1/.build" -path "*/Bench$2.build/*.o" -delete
}

# Prints the wall time of one build of target $2 of package $1 in milliseconds.
time_build() {
    local start=$(date +%s%N)
    build_target "$1" "$2"
    echo $(( ($(date +%s%N) - start) / 1000000 ))
}

# Prints the median of its arguments.
median() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

if [ -n "${INSTRUCTIONS:-}" ]; then
    command -v valgrind >/dev/null || { echo "compile-time.sh: INSTRUCTIONS=1 needs valgrind" >&2; exit 1; }
    frontend=$(dirname "$(readlink -f "$(command -v swiftc)")")/swift-frontend
    counts="$work/instructions.txt"
    # The frontend the driver runs: a Bench* module's jobs under callgrind, each appending
    # `<module> <job> <instructions>` to $counts; any other job as it is.
    cat > "$work/frontend.sh" <<EOF
#!/usr/bin/env bash
module=\$(printf '%s\n' "\$@" | grep -m1 -A1 -x -- -module-name | tail -n 1)
case "\$module" in Bench*) ;; *) exec "$frontend" "\$@" ;; esac
job=compile
printf '%s\n' "\$@" | grep -q -x -- -emit-module && job=emit-module
log=\$(mktemp)
valgrind --tool=callgrind --callgrind-out-file=/dev/null --log-file="\$log" "$frontend" "\$@"
status=\$?
echo "\$module \$job \$(grep -o 'Collected : [0-9]*' "\$log" | grep -o '[0-9]*\$')" >> "$counts"
rm -f "\$log"
exit \$status
EOF
    chmod +x "$work/frontend.sh"
    declare -A totals
    for module in $modules; do
        for package in "${packages[@]}"; do
            label=$module
            [ "$package" = "$work" ] || label="$module (baseline)"
            rm -f "$counts"
            invalidate "$package" "$module"
            SWIFT_DRIVER_SWIFT_FRONTEND_EXEC="$work/frontend.sh" build_target "$package" "$module"
            totals[$package/$module]=$(awk '$2 == "compile" { s += $3 } END { printf "%.0f", s }' "$counts")
            printf '%-24s compile jobs %s = %s, emit-module %s instructions\n' "$label" \
                "$(awk '$2 == "compile" { printf "%s%.0f", sep, $3; sep = " + " }' "$counts")" \
                "${totals[$package/$module]}" "$(awk '$2 == "emit-module" { printf "%.0f", $3 }' "$counts")"
        done
        if [ -n "${BASELINE:-}" ]; then
            awk -v m="$module" -v a="${totals[$work/$module]}" -v b="${totals[$work/baseline/$module]}" \
                'BEGIN { printf "%-24s compile jobs %.3f of the baseline\n", m, a / b }'
        fi
    done
    exit
fi

first=${modules%% *}
overhead=$(time_build "$work" "$first") || exit 1
echo "no-op build (SwiftPM overhead): $overhead ms"

declare -A times
for run in $(seq "$runs"); do
    for module in $modules; do
        for package in "${packages[@]}"; do
            invalidate "$package" "$module"
            ms=$(time_build "$package" "$module") || exit 1
            times[$package/$module]="${times[$package/$module]:-} $ms"
        done
    done
done

for module in $modules; do
    for package in "${packages[@]}"; do
        label=$module
        [ "$package" = "$work" ] || label="$module (baseline)"
        lines=$(cat "$package/Sources/$module"/*.swift | wc -l)
        files=$(ls "$package/Sources/$module"/*.swift | wc -l)
        printf '%-24s median %6d ms  (runs:%s ms; %d lines in %d files)\n' \
            "$label" "$(median ${times[$package/$module]})" "${times[$package/$module]}" "$lines" "$files"
    done
    if [ -n "${BASELINE:-}" ]; then
        awk -v m="$module" -v a="$(median ${times[$work/$module]})" -v b="$(median ${times[$work/baseline/$module]})" \
            'BEGIN { printf "%-24s %.2f of the baseline\n", m, a / b }'
    fi
done
for module in $modules; do
    if [ -n "${BASELINE:-}" ]; then
        echo "RESULT compile-$module $(median ${times[$work/$module]}) ms baseline-$BASELINE $(median ${times[$work/baseline/$module]})"
    else
        echo "RESULT compile-$module $(median ${times[$work/$module]}) ms swiftpm-no-op-build $overhead"
    fi
done
