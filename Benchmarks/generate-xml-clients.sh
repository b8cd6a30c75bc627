#!/usr/bin/env bash
# Generates the S3 (ListObjectsV2, GetObject, PutObject and the multipart operations of transfers only) and EC2 (DescribeInstances only) modules of the XML decoding benchmark
# from the installed botocore's models into Sources/S3 and Sources/EC2, with the release generator. The files are
# not checked in.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
data=$(python3 -c 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')
swift build -c release --product aws-codegen --package-path "$repo" --scratch-path "$repo/.build-release" >/dev/null
config=$(mktemp)
trap 'rm -f "$config"' EXIT
echo '{"operations": ["ListObjectsV2", "GetObject", "PutObject", "CreateMultipartUpload", "UploadPart",
    "CompleteMultipartUpload", "AbortMultipartUpload"]}' > "$config"
"$repo/.build-release/release/aws-codegen" generate "$data/s3/2006-03-01" --config "$config" --module S3 --output "$here/Sources/S3"
echo '{"operations": ["DescribeInstances"]}' > "$config"
"$repo/.build-release/release/aws-codegen" generate "$data/ec2/2016-11-15" --config "$config" --module EC2 --output "$here/Sources/EC2"
