#!/usr/bin/env python3
"""Baseline: botocore building and signing the same CreateClusterSnapshot request (serialize, prepare,
SigV4), without sending it. Prints the median time per request over several batches."""
import statistics
import sys
import time

import botocore.session
from botocore.auth import SigV4Auth
from botocore.awsrequest import prepare_request_dict, create_request_object
from botocore.credentials import Credentials

batches = int(sys.argv[1]) if len(sys.argv) > 1 else 25
iterations = 2000
session = botocore.session.get_session()
client = session.create_client("docdb-elastic", region_name="us-east-1", aws_access_key_id="AKIDEXAMPLE",
                               aws_secret_access_key="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
model = client.meta.service_model.operation_model("CreateClusterSnapshot")
serializer = client._serializer
signer = SigV4Auth(Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), "docdb-elastic", "us-east-1")
params = {"clusterArn": "arn:aws:docdb-elastic:us-east-1:123456789012:cluster/abc", "snapshotName": "snap-1",
          "tags": {"env": "prod", "team": "db"}}
endpoint = "https://docdb-elastic.us-east-1.amazonaws.com"
per_request = []
for _ in range(batches):
    start = time.perf_counter()
    for _ in range(iterations):
        request_dict = serializer.serialize_to_request(params, model)
        prepare_request_dict(request_dict, endpoint_url=endpoint)
        request = create_request_object(request_dict)
        signer.add_auth(request)
    per_request.append((time.perf_counter() - start) / iterations * 1e6)
print("botocore build+sign CreateClusterSnapshot: median %.2f µs per request (%d batches of %d)"
      % (statistics.median(per_request), batches, iterations))
