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

echo "== a consumer configured only by environment variables, against a loopback server"
coproc SERVER { exec python3 "$repo/Tests/E2E/aws_test_server.py"; }
read -r _ port <&"${SERVER[0]}"
snapshot='{"snapshot": {"adminUserName": "admin", "clusterArn": "arn:aws:docdb-elastic:us-east-1:123456789012:cluster/abc", "clusterCreationTime": "t", "kmsKeyId": "k", "snapshotArn": "arn:aws:docdb-elastic:us-east-1:123456789012:cluster-snapshot/abc/1", "snapshotCreationTime": "t", "snapshotName": "snap-1", "status": "ACTIVE", "subnetIds": [], "vpcSecurityGroupIds": []}}'
python3 -c 'import json,sys; print(json.dumps([{"status": 200, "body": sys.argv[1]}]))' "$snapshot" \
    | curl -sf -X POST --data-binary @- "http://127.0.0.1:$port/__script" > /dev/null
env -i PATH="$PATH" AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY \
    AWS_REGION=us-east-1 AWS_ENDPOINT_URL="http://127.0.0.1:$port" "$work/.build/debug/ByPathConsumer" | tee "$work/consumer.log"
grep -q "^sso GetRoleCredentialsRequest(" "$work/consumer.log" || { echo "FAIL: the consumer did not use the SSO product"; exit 1; }
if grep -q "secret-token" "$work/consumer.log"; then echo "FAIL: the SSO access token was printed"; exit 1; fi
log=$(curl -sf "http://127.0.0.1:$port/__log")
kill "$SERVER_PID"
python3 -c '
import json, sys
log = json.loads(sys.argv[1])
paths = [entry["path"] for entry in log]
assert paths == ["/cluster-snapshot", "/cluster-snapshot/arn%3Aaws%3Adocdb-elastic%3Aus-east-1%3A123456789012%3Acluster-snapshot%2Fabc%2F1"], paths
assert all(entry["signature_valid"] for entry in log), [entry["reason"] for entry in log]
print("ok: both calls arrived with valid signatures")' "$log"
echo "== a target with two models, then with none"
# Each must fail with the plugin's own error, not take the first model or build an empty module.
expect_plugin_error() {
    if swift build --package-path "$work" > "$work/$1.log" 2>&1; then echo "FAIL: the build succeeded with $1"; exit 1; fi
    grep -q "$2" "$work/$1.log" || { echo "FAIL: no plugin error for $1:"; tail -n 20 "$work/$1.log"; exit 1; }
    echo "ok: $1 fails with \"$2\""
}
mkdir "$target/second"
cp "$target/service-2.json" "$target/second/service-2.json"
expect_plugin_error "two-models" "has 2 service-2.json files"
rm -r "$target/second"
mv "$target/service-2.json" "$work/service-2.json.saved"
expect_plugin_error "no-model" "has no service-2.json"
mv "$work/service-2.json.saved" "$target/service-2.json"
echo "PluginFixture: 8 passed, 0 failed"
