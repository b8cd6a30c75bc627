#!/usr/bin/env python3
"""Baseline: botocore's endpoint rules engine resolving S3 GetObject endpoints with a new bucket name each time, on
the same rule set and parameters as EndpointBenchmark (botocore's EndpointProvider, whose cache a new bucket misses).
Prints the median time per resolution over several batches."""
import json
import os
import statistics
import sys
import time

from botocore.endpoint_provider import EndpointProvider

batches = int(sys.argv[1]) if len(sys.argv) > 1 else 25
iterations = 5000
here = os.path.dirname(os.path.abspath(__file__))
rules_dir = os.path.join(here, "..", "Tests", "AWSEndpointRulesTests", "Resources", "endpoint-rules")
with open(os.path.join(rules_dir, "s3", "endpoint-rule-set-1.json")) as f:
    ruleset = json.load(f)
with open(os.path.join(rules_dir, "partitions.json")) as f:
    partitions = json.load(f)
provider = EndpointProvider(ruleset, partitions)
parameters = {"Region": "us-west-2", "UseFIPS": False, "UseDualStack": False, "Accelerate": False,
              "ForcePathStyle": False, "UseGlobalEndpoint": False, "DisableMultiRegionAccessPoints": False,
              "Key": "photos/2026/12/03.jpg"}
number = 0
per_call = []
for _ in range(batches):
    start = time.perf_counter()
    for _ in range(iterations):
        number += 1
        provider.resolve_endpoint(Bucket="bucket-%d" % number, **parameters)
    per_call.append((time.perf_counter() - start) / iterations * 1e6)
print("botocore rules S3 GetObject new bucket: median %.2f µs per resolution (%d batches of %d)"
      % (statistics.median(per_call), batches, iterations))
