"""boto3's side of Benchmarks/streaming.sh: upload_file or download_file (s3transfer, its default multipart and
concurrency settings) against the loopback server, printing the time, the throughput and the process's peak RSS.

Usage: botocore_streaming.py <endpoint URL> upload|download <file> <bytes>"""
import resource
import sys
import time

import boto3

endpoint, direction, path, size = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
s3 = boto3.client(
    "s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="bench", aws_secret_access_key="bench"
)
start = time.perf_counter()
if direction == "upload":
    s3.upload_file(path, "bench", "object")
else:
    s3.download_file("bench", "object", path)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"boto3 {direction}: {seconds:.2f} s, {size / seconds / 1e6:.0f} MB/s, peak RSS {peak:.1f} MiB")
