#!/usr/bin/env python3
"""Baseline: botocore parsing the same response bodies as DecodingBenchmark, with the parser its clients use
(rest-json for DocDB Elastic, json for DynamoDB) and the operation's output shape from botocore's loader.
Usage: botocore_decoding.py CREATE_CLUSTER_SNAPSHOT_BODY SCAN_BODY [BATCHES]. Prints one median line per body."""
import statistics
import sys
import time

import botocore.session
from botocore.awsrequest import HeadersDict
from botocore.model import ServiceModel
from botocore.parsers import create_parser

HEADERS = {"Content-Type": "application/json", "x-amzn-RequestId": "5d3f0b4c-9a1e-4c7b-8f2d-0e6a1b2c3d4e"}


def median_us(service, operation, body, batches, iterations):
    """The median time, in µs, of parsing `body` as the output of `operation`, over `batches` batches."""
    loader = botocore.session.get_session().get_component("data_loader")
    model = ServiceModel(loader.load_service_model(service, "service-2"), service_name=service)
    shape = model.operation_model(operation).output_shape
    parser = create_parser(model.protocol)
    times = []
    for _ in range(batches):
        start = time.perf_counter()
        for _ in range(iterations):
            parser.parse({"status_code": 200, "headers": HeadersDict(HEADERS), "body": body,
                          "context": {"operation_name": operation}}, shape)
        times.append((time.perf_counter() - start) / iterations * 1e6)
    return statistics.median(times)


snapshot_path, scan_path = sys.argv[1], sys.argv[2]
batches = int(sys.argv[3]) if len(sys.argv) > 3 else 25
with open(snapshot_path, "rb") as file:
    snapshot = file.read()
with open(scan_path, "rb") as file:
    scan = file.read()
print("botocore decode CreateClusterSnapshot (%d bytes): median %.2f µs (%d batches of 2000)"
      % (len(snapshot), median_us("docdb-elastic", "CreateClusterSnapshot", snapshot, batches, 2000), batches))
scan_batches = max(3, batches // 3)
print("botocore decode Scan (%d bytes): median %.2f µs (%d batches of 1)"
      % (len(scan), median_us("dynamodb", "Scan", scan, scan_batches, 1), scan_batches))
