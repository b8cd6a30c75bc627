#!/usr/bin/env python3
"""Writes Fuzz/corpus/<target>/: a small seed corpus for each fuzz target, taken from real inputs in the
repository (protocol test bodies, endpoint rule sets, JMESPath compliance expressions, fixture models).

Run from the repository root; the output is committed. Each protocol seed and model seed starts with the
selector byte its target reads (the status, or which model file the rest replaces)."""
import base64
import hashlib
import json
import os
import struct
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "Fuzz", "corpus")
PROTOCOL = os.path.join(ROOT, "Tests", "ProtocolTests", "Resources", "output")
STATUSES = [200, 400, 404, 500]  # ProtocolTargets.statuses
LIMIT = 24


def write(target, data):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(folder, name), "wb") as handle:
        handle.write(data)


def bodies(suite, binary=False):
    """(status, body bytes) of each case of a protocol output suite that has a body."""
    out = []
    for group in json.load(open(os.path.join(PROTOCOL, suite))):
        for case in group["cases"]:
            response = case["response"]
            body = response.get("body") or ""
            if not body:
                continue
            data = base64.b64decode(body) if binary else body.encode()
            out.append((response.get("status_code", 200), data))
    return out


def protocol_seeds(target, suites, binary=False):
    seen = 0
    for suite in suites:
        for status, body in bodies(suite, binary):
            selector = STATUSES.index(status) if status in STATUSES else (1 if status >= 400 else 0)
            write(target, bytes([selector]) + body)
            seen += 1
            if seen >= LIMIT:
                return


def event_message(headers, payload):
    encoded = b""
    for name, value in headers:
        raw = value.encode()
        encoded += bytes([len(name)]) + name.encode() + bytes([7]) + struct.pack(">H", len(raw)) + raw
    total = 16 + len(encoded) + len(payload)
    prelude = struct.pack(">II", total, len(encoded))
    prelude += struct.pack(">I", zlib.crc32(prelude))
    message = prelude + encoded + payload
    return message + struct.pack(">I", zlib.crc32(message))


def main():
    protocol_seeds("rest-json", ["rest-json.json"])
    protocol_seeds("aws-json", ["json_1_0.json", "json.json"])
    protocol_seeds("rest-xml", ["rest-xml.json"])
    protocol_seeds("query", ["query.json"])
    protocol_seeds("ec2", ["ec2.json"])
    protocol_seeds("rpc-v2-cbor", ["smithy-rpc-v2-cbor.json"], binary=True)
    for _, body in bodies("rest-json.json")[:LIMIT // 2] + bodies("json_1_0.json")[:LIMIT // 2]:
        write("json", body)
    for _, body in bodies("rest-xml.json")[:LIMIT // 2] + bodies("query.json")[:LIMIT // 2]:
        write("xml", body)
    for _, body in bodies("smithy-rpc-v2-cbor.json", binary=True)[:LIMIT]:
        write("cbor", body)

    expressions = []
    folder = os.path.join(ROOT, "Tests", "AWSJMESPathTests", "Resources", "jmespath")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json") or name == "benchmarks.json":
            continue
        for group in json.load(open(os.path.join(folder, name))):
            for case in group["cases"][:3]:
                expressions.append(case["expression"])
    for expression in expressions[:2 * LIMIT]:
        write("jmespath", expression.encode())

    rules = os.path.join(ROOT, "Tests", "AWSEndpointRulesTests", "Resources", "endpoint-rules")
    sets = sorted((os.path.getsize(os.path.join(rules, s, "endpoint-rule-set-1.json")), s) for s in os.listdir(rules)
                  if os.path.exists(os.path.join(rules, s, "endpoint-rule-set-1.json")))
    for _, service in sets[:6] + [(0, "sts")]:
        write("endpoint-rules", open(os.path.join(rules, service, "endpoint-rule-set-1.json"), "rb").read())

    for text in [
        "[default]\nregion = us-west-2\naws_access_key_id = AKID\naws_secret_access_key = secret\n",
        "[profile dev]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = default\n; comment\n# comment\n",
        "[default]\ns3 =\n  addressing_style = path\n  max_concurrent_requests = 10\nregion=eu-west-1\n",
        "[sso-session my]\nsso_start_url = https://x.awsapps.com/start\nsso_region = us-east-1\n[services local]\ns3 =\n  endpoint_url = http://localhost:9000\n",
        "[profile  spaced   name ]\ncredential_process = /bin/echo \"a b\" 'c'\n  continued line\n",
    ]:
        write("shared-config", text.encode())

    for split, headers, payload in [
        (0, [(":message-type", "event"), (":event-type", "Changed")], b'{"name": "x"}'),
        (20, [(":message-type", "exception"), (":exception-type", "Bad")], b'{"message": "no"}'),
        (255, [], b""),
    ]:
        write("event-stream", bytes([split]) + event_message(headers, payload) + event_message(headers, payload))

    models = [
        (0, "Tests/Fixtures/cbor/model/service-2.json"),
        (0, "Tests/Fixtures/filtered/model/service-2.json"),
        (0, "Tests/Fixtures/features/model/service-2.json"),
        (1, "Tests/Fixtures/features/model/paginators-1.json"),
        (2, "Tests/Fixtures/features/model/waiters-2.json"),
        (2, "Tests/Fixtures/filtered/model/waiters-2.json"),
        (3, "Tests/AWSEndpointRulesTests/Resources/endpoint-rules/%s/endpoint-rule-set-1.json" % sets[0][1]),
        (4, "Tests/Fixtures/filtered/model/aws-codegen.json"),
    ]
    for selector, path in models:
        write("model", bytes([selector]) + open(os.path.join(ROOT, path), "rb").read())


main()
