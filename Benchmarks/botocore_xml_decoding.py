#!/usr/bin/env python3
"""Baseline: botocore parsing the same response bodies as XMLDecodingBenchmark, with the parser its clients use
(rest-xml for S3, ec2 for EC2) and the operation's output shape from botocore's loader.
Usage: botocore_xml_decoding.py LIST_OBJECTS_BODY DESCRIBE_INSTANCES_BODY [BATCHES]. Prints one median line per body."""
import statistics
import sys
import time

import botocore.session
from botocore.awsrequest import HeadersDict
from botocore.model import ServiceModel
from botocore.parsers import create_parser

HEADERS = {"Content-Type": "application/xml", "x-amz-request-id": "5d3f0b4c9a1e4c7b"}


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


list_path, describe_path = sys.argv[1], sys.argv[2]
batches = int(sys.argv[3]) if len(sys.argv) > 3 else 15
with open(list_path, "rb") as file:
    list_objects = file.read()
with open(describe_path, "rb") as file:
    describe = file.read()
print("botocore decode ListObjectsV2 (%d bytes): median %.2f µs (%d batches of 3)"
      % (len(list_objects), median_us("s3", "ListObjectsV2", list_objects, batches, 3), batches))
print("botocore decode DescribeInstances (%d bytes): median %.2f µs (%d batches of 1)"
      % (len(describe), median_us("ec2", "DescribeInstances", describe, batches, 1), batches))
