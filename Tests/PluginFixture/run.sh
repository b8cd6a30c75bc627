#!/usr/bin/env bash
# Builds a package outside the repository that (1) applies AWSCodegenPlugin to its own copy of the
# docdb-elastic model filtered to CreateClusterSnapshot and (2) imports the DocDBElastic product by path.
# Checks that the plugin's output equals the CLI's, that a build with no change runs no generator, and
# that a model change regenerates on the next build.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
cp -R "$repo/Tests/PluginFixture/." "$work/"
rm -f "$work/run.sh"
sed -i.bak "s|\"REPOSITORY\"|\"$repo\"|" "$work/Package.swift" && rm "$work/Package.swift.bak"
target="$work/Sources/DocDBElasticSnapshots"
cp "$repo/models/docdb-elastic/"*.json "$target/"

echo "== cold build of the plugin fixture"
# SwiftPM prints "Generating <file>" when it runs the plugin's build command.
ran_generator() { grep -qE "Generating (.*service-2.json|DocDBElasticSnapshots)" "$1"; }
swift build --package-path "$work" > "$work/build1.log" 2>&1 || { tail -n 40 "$work/build1.log"; exit 1; }
ran_generator "$work/build1.log" || { echo "FAIL: the plugin did not run"; exit 1; }
echo "ok: the plugin generated the module"

generated=$(find "$work/.build" -type d -path "*AWSCodegenPlugin/GeneratedSources" | head -n 1)
[ -n "$generated" ] || { echo "FAIL: no plugin output folder"; exit 1; }
"$repo/.build/debug/aws-codegen" generate "$target" --output "$work/cli" --module DocDBElasticSnapshots
diff -r "$generated" "$work/cli" && echo "ok: plugin output equals CLI output"

echo "== null build"
# SwiftPM 6.3 relinks the host tool once on the build after a cold one (and so reruns the command);
# from then on a build with no change must not run the generator.
swift build --package-path "$work" > "$work/build2.log" 2>&1
swift build --package-path "$work" > "$work/build2.log" 2>&1
if ran_generator "$work/build2.log"; then echo "FAIL: a build with no change ran the generator"; exit 1; fi
echo "ok: no generator run"

echo "== model change"
sed -i.bak 's|<p>Creates a snapshot of an elastic cluster.</p>|<p>Creates a snapshot of an elastic cluster (changed).</p>|' "$target/service-2.json" && rm "$target/service-2.json.bak"
swift build --package-path "$work" > "$work/build3.log" 2>&1
ran_generator "$work/build3.log" || { echo "FAIL: a model change did not regenerate"; exit 1; }
grep -q "(changed)" "$generated/DocDBElasticSnapshotsClient.swift" || { echo "FAIL: the regenerated client lacks the change"; exit 1; }
echo "ok: regenerated after a model change"

echo "== run"
swift run --package-path "$work" --skip-build SnapshotsDemo
swift run --package-path "$work" --skip-build ByPathConsumer
echo "PluginFixture: 5 passed, 0 failed"
