#!/usr/bin/env python3
"""Writes a DynamoDB Scan response body of about 1 MB to the path given: ITEMS items (default 1,500) with S, N,
B, BOOL, L, M and SS attribute values, a LastEvaluatedKey and a ConsumedCapacity. The bytes depend only on
ITEMS, so the Swift and botocore benchmarks decode the same body on every run."""
import base64
import json
import os
import sys


def item(index):
    """The index-th item: every attribute value is a function of `index` alone."""
    return {
        "pk": {"S": "customer#%06d" % index},
        "sk": {"S": "order#%04d-%02d-%02d#%05d" % (2020 + index % 5, 1 + index % 12, 1 + index % 28, index)},
        "total": {"N": "%d.%02d" % (index * 37 % 10_000, index % 100)},
        "quantity": {"N": str(index % 97)},
        "paid": {"BOOL": index % 3 != 0},
        "note": {"S": "Deliver to the side door; ring twice. Order %d of a loyal customer." % index},
        "thumbnail": {"B": base64.b64encode(bytes((index * 7 + k) % 256 for k in range(48))).decode()},
        "tags": {"SS": ["tag-%d" % ((index + k) % 50) for k in range(4)]},
        "lines": {"L": [
            {"M": {"sku": {"S": "SKU-%05d" % ((index * 13 + k) % 100_000)},
                   "count": {"N": str(1 + (index + k) % 9)},
                   "gift": {"BOOL": (index + k) % 4 == 0}}}
            for k in range(3)]},
        "address": {"M": {
            "street": {"S": "%d Market Street" % (index % 900 + 1)},
            "city": {"S": ["Seattle", "Lisbon", "Osaka", "Nairobi"][index % 4]},
            "zip": {"N": "%05d" % (index * 31 % 100_000)},
        }},
    }


def scan_body(count):
    """The Scan response body as compact JSON bytes."""
    items = [item(index) for index in range(count)]
    body = {
        "Items": items,
        "Count": count,
        "ScannedCount": count,
        "LastEvaluatedKey": {"pk": items[-1]["pk"], "sk": items[-1]["sk"]},
        "ConsumedCapacity": {"TableName": "orders", "CapacityUnits": 128.5},
    }
    return json.dumps(body, separators=(",", ":")).encode()


if __name__ == "__main__":
    with open(sys.argv[1], "wb") as output:
        output.write(scan_body(int(os.environ.get("ITEMS", "1500"))))
